import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  AdminMe,
  Area,
  AuditEntry,
  AuditQuery,
  Consequences,
  CreateAreaRequest,
  CreateElectionTypeRequest,
  CreateSpecialDietRequest,
  ElectionType,
  Page,
  SearchPageQuery,
  SpecialDiet,
  UpdateAreaRequest,
  UpdateElectionTypeRequest,
  UpdateSpecialDietRequest,
} from './models';

const BASE = '/api/admin';

/** The person has seen and accepted the consequences of a deletion. */
const CONFIRMED = new HttpParams().set('confirmed', 'true');

/** page and size always; q only when it is not blank. */
function searchParams(query: SearchPageQuery): HttpParams {
  let params = new HttpParams().set('page', query.page).set('size', query.size);
  const q = query.q?.trim();
  if (q) {
    params = params.set('q', q);
  }
  return params;
}

/** Endpoints of the municipality administration. A 401 from any of them triggers the login redirect. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  me(): Observable<AdminMe> {
    return this.http.get<AdminMe>(`${BASE}/me`);
  }

  listAreas(): Observable<Area[]> {
    return this.http.get<Area[]>(`${BASE}/areas`);
  }

  createArea(request: CreateAreaRequest): Observable<Area> {
    return this.http.post<Area>(`${BASE}/areas`, request);
  }

  updateArea(id: string, request: UpdateAreaRequest): Observable<Area> {
    return this.http.put<Area>(`${BASE}/areas/${encodeURIComponent(id)}`, request);
  }

  /** What deleting the area would do; changes nothing. */
  areaDeletionPreview(id: string): Observable<Consequences> {
    return this.http.get<Consequences>(`${BASE}/areas/${encodeURIComponent(id)}/deletion-preview`);
  }

  /** Deletes after the person confirmed the consequences (the server refuses without confirmed=true). */
  deleteArea(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/areas/${encodeURIComponent(id)}`, {
      params: CONFIRMED,
    });
  }

  /** One page of special diets in Danish order, filtered by `q` on the server. */
  listSpecialDiets(query: SearchPageQuery): Observable<Page<SpecialDiet>> {
    return this.http.get<Page<SpecialDiet>>(`${BASE}/special-diets`, {
      params: searchParams(query),
    });
  }

  createSpecialDiet(request: CreateSpecialDietRequest): Observable<SpecialDiet> {
    return this.http.post<SpecialDiet>(`${BASE}/special-diets`, request);
  }

  updateSpecialDiet(id: string, request: UpdateSpecialDietRequest): Observable<SpecialDiet> {
    return this.http.put<SpecialDiet>(`${BASE}/special-diets/${encodeURIComponent(id)}`, request);
  }

  /** What deleting the special diet would do; changes nothing. */
  specialDietDeletionPreview(id: string): Observable<Consequences> {
    return this.http.get<Consequences>(
      `${BASE}/special-diets/${encodeURIComponent(id)}/deletion-preview`,
    );
  }

  /** Deletes after the person confirmed the consequences (the server refuses without confirmed=true). */
  deleteSpecialDiet(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/special-diets/${encodeURIComponent(id)}`, {
      params: CONFIRMED,
    });
  }

  /** One page of election types in Danish order, filtered by `q` on the server. */
  listElectionTypes(query: SearchPageQuery): Observable<Page<ElectionType>> {
    return this.http.get<Page<ElectionType>>(`${BASE}/election-types`, {
      params: searchParams(query),
    });
  }

  createElectionType(request: CreateElectionTypeRequest): Observable<ElectionType> {
    return this.http.post<ElectionType>(`${BASE}/election-types`, request);
  }

  updateElectionType(id: string, request: UpdateElectionTypeRequest): Observable<ElectionType> {
    return this.http.put<ElectionType>(`${BASE}/election-types/${encodeURIComponent(id)}`, request);
  }

  /** What deleting the election type would do (blocked while elections use it); changes nothing. */
  electionTypeDeletionPreview(id: string): Observable<Consequences> {
    return this.http.get<Consequences>(
      `${BASE}/election-types/${encodeURIComponent(id)}/deletion-preview`,
    );
  }

  /** Deletes after the person confirmed the consequences (the server refuses without confirmed=true). */
  deleteElectionType(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/election-types/${encodeURIComponent(id)}`, {
      params: CONFIRMED,
    });
  }

  /** One page of the audit log. Empty filter values are left out of the query. */
  auditEntries(query: AuditQuery): Observable<Page<AuditEntry>> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    for (const name of ['action', 'objectType', 'actor', 'from', 'to'] as const) {
      const value = query[name]?.trim();
      if (value) {
        params = params.set(name, value);
      }
    }
    return this.http.get<Page<AuditEntry>>(`${BASE}/audit-entries`, { params });
  }
}
