import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, shareReplay } from 'rxjs';
import {
  Municipality,
  PublicContactInformation,
  PublicFrontPage,
  PublicPage,
  SiteContext,
} from './models';

const WEB = '/api/public/web-content';

/** Public endpoints (no login needed). */
@Injectable({ providedIn: 'root' })
export class PublicApi {
  private readonly http = inject(HttpClient);
  private municipality$?: Observable<Municipality>;
  private siteContext$?: Observable<SiteContext>;

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

  /** Which pages are switched on, whether an election is active, the logo. Cached like the municipality. */
  siteContext(): Observable<SiteContext> {
    if (!this.siteContext$) {
      const request = this.http.get<SiteContext>(`${WEB}/context`).pipe(shareReplay(1));
      this.siteContext$ = request;
      request.subscribe({ error: () => (this.siteContext$ = undefined) });
    }
    return this.siteContext$;
  }

  frontPage(): Observable<PublicFrontPage> {
    return this.http.get<PublicFrontPage>(`${WEB}/front-page`);
  }

  /** 404 `faq.not_active` while the FAQ is switched off. */
  faq(): Observable<PublicPage> {
    return this.http.get<PublicPage>(`${WEB}/faq`);
  }

  disclosureStatement(): Observable<PublicPage> {
    return this.http.get<PublicPage>(`${WEB}/disclosure-statement`);
  }

  /** 404 `contact_information.not_found` until the election office has written it. */
  contactInformation(): Observable<PublicContactInformation> {
    return this.http.get<PublicContactInformation>(`${WEB}/contact-information`);
  }
}
