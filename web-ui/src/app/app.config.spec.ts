import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { appConfig } from './app.config';

describe('appConfig', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [...appConfig.providers, provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });

  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    backend.verify();
  });

  it('echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on mutating requests', () => {
    http.post('/api/admin/areas', { name: 'Nord', description: null }).subscribe();
    http.put('/api/admin/areas/1', { name: 'Nord', description: null, version: 0 }).subscribe();
    http.delete('/api/admin/areas/1').subscribe();

    expect(backend.expectOne({ method: 'POST' }).request.headers.get('X-XSRF-TOKEN')).toBe(
      'token-123',
    );
    expect(backend.expectOne({ method: 'PUT' }).request.headers.get('X-XSRF-TOKEN')).toBe(
      'token-123',
    );
    expect(backend.expectOne({ method: 'DELETE' }).request.headers.get('X-XSRF-TOKEN')).toBe(
      'token-123',
    );
  });

  it('does not add the token to GET requests', () => {
    http.get('/api/admin/areas').subscribe();
    expect(backend.expectOne('/api/admin/areas').request.headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('routes /admin to the lazily loaded admin area and everything else to the participant site', () => {
    const paths = TestBed.inject(Router).config.map((route) => route.path);
    expect(paths).toEqual(['admin', '']);
  });
});
