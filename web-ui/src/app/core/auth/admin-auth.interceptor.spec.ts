import {
  HttpClient,
  HttpErrorResponse,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { BrowserNavigation, loginUrl } from '../navigation/browser-navigation';
import { adminAuthInterceptor, isAdminApiUrl } from './admin-auth.interceptor';

class FakeNavigation {
  path = '/admin/areas';
  readonly visited: string[] = [];
  navigateTo(url: string): void {
    this.visited.push(url);
  }
  currentPath(): string {
    return this.path;
  }
}

describe('adminAuthInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let navigation: FakeNavigation;

  beforeEach(() => {
    navigation = new FakeNavigation();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([adminAuthInterceptor])),
        provideHttpClientTesting(),
        { provide: BrowserNavigation, useValue: navigation },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function unauthorized() {
    return {
      status: 401,
      statusText: 'Unauthorized',
    };
  }

  it('sends the browser to the admin login, returning to the current page, on a 401 from the admin API', () => {
    let received: unknown;
    http.get('/api/admin/areas').subscribe({ error: (e) => (received = e) });
    backend
      .expectOne('/api/admin/areas')
      .flush({ code: 'auth.unauthenticated', status: 401 }, unauthorized());

    expect(navigation.visited).toEqual(['/login/admin?returnTo=/admin/areas']);
    // the error still reaches the caller, so it can leave its loading state
    expect(received).toBeInstanceOf(HttpErrorResponse);
    expect((received as HttpErrorResponse).status).toBe(401);
  });

  it('keeps the query string of the current page, encoded', () => {
    navigation.path = '/admin/audit?page=2&size=25';
    http.delete('/api/admin/areas/42').subscribe({ error: () => undefined });
    backend.expectOne('/api/admin/areas/42').flush(null, unauthorized());
    expect(navigation.visited).toEqual([
      '/login/admin?returnTo=/admin/audit%3Fpage%3D2%26size%3D25',
    ]);
  });

  it('does not redirect for a 401 from the participant or public API', () => {
    let received: HttpErrorResponse | undefined;
    http.get('/api/participant/me').subscribe({ error: (e) => (received = e) });
    backend.expectOne('/api/participant/me').flush(null, unauthorized());
    expect(navigation.visited).toEqual([]);
    expect(received?.status).toBe(401);
  });

  it('does not redirect for other admin errors such as 403', () => {
    http.get('/api/admin/me').subscribe({ error: () => undefined });
    backend
      .expectOne('/api/admin/me')
      .flush({ code: 'auth.forbidden', status: 403 }, { status: 403, statusText: 'Forbidden' });
    expect(navigation.visited).toEqual([]);
  });

  it('passes successful responses through untouched', () => {
    let body: unknown;
    http.get('/api/admin/me').subscribe((b) => (body = b));
    backend.expectOne('/api/admin/me').flush({ name: 'Ada Admin' });
    expect(body).toEqual({ name: 'Ada Admin' });
    expect(navigation.visited).toEqual([]);
  });

  it('recognises admin API URLs only', () => {
    expect(isAdminApiUrl('/api/admin/areas')).toBe(true);
    expect(isAdminApiUrl('/api/admin')).toBe(true);
    expect(isAdminApiUrl('/api/administrators')).toBe(false);
    expect(isAdminApiUrl('/api/participant/me')).toBe(false);
  });
});

describe('loginUrl', () => {
  it('builds the participant login URL exactly as the server expects', () => {
    expect(loginUrl('participant', '/')).toBe('/login/participant?returnTo=/');
  });

  it('refuses to return to another site', () => {
    expect(loginUrl('admin', '//evil.example/x')).toBe('/login/admin?returnTo=/');
    expect(loginUrl('admin', 'https://evil.example/')).toBe('/login/admin?returnTo=/');
  });
});
