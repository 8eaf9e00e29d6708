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
  Page,
  UpdateAreaRequest,
} from './models';

const BASE = '/api/admin';

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
      params: new HttpParams().set('confirmed', 'true'),
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
