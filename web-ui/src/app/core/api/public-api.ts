import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, shareReplay } from 'rxjs';
import { Municipality } from './models';

/** Public endpoints (no login needed). */
@Injectable({ providedIn: 'root' })
export class PublicApi {
  private readonly http = inject(HttpClient);
  private municipality$?: Observable<Municipality>;

  /** The municipality (tenant) that this site belongs to. Cached after the first successful call. */
  municipality(): Observable<Municipality> {
    if (!this.municipality$) {
      const request = this.http.get<Municipality>('/api/public/municipality').pipe(shareReplay(1));
      this.municipality$ = request;
      // Do not cache failures: the next subscriber tries again.
      request.subscribe({ error: () => (this.municipality$ = undefined) });
    }
    return this.municipality$;
  }
}
