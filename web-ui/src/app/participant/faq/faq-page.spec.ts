import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';
import { FaqPage, faqActiveGuard } from './faq-page';

describe('FAQ', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [FaqPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function guard(): Promise<boolean | UrlTree> {
    const result = runInInjectionContext(TestBed.inject(EnvironmentInjector), () =>
      faqActiveGuard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
    ) as Observable<boolean | UrlTree>;
    return firstValueFrom(result);
  }

  const context = (faqActive: boolean) => ({
    faqActive,
    consentDeclarationActive: false,
    anyActiveElection: true,
    contactInformation: true,
    logoUrl: null,
  });

  it('lets visitors in only while the FAQ is switched on', async () => {
    const allowed = guard();
    backend.expectOne('/api/public/web-content/context').flush(context(true));
    expect(await allowed).toBe(true);
  });

  it('sends visitors to the front page while the FAQ is off, or when the context fails', async () => {
    const off = guard();
    backend.expectOne('/api/public/web-content/context').flush(context(false));
    expect(String(await off)).toBe('/');

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
    const failed = guard();
    backend
      .expectOne('/api/public/web-content/context')
      .flush(null, { status: 500, statusText: 'Server Error' });
    expect(String(await failed)).toBe('/');
  });

  it('shows the FAQ as written', async () => {
    const fixture = TestBed.createComponent(FaqPage);
    backend
      .expectOne('/api/public/web-content/faq')
      .flush({ content: '<h2>Hvornår møder jeg?</h2><p>Kl. 7.30</p>' });
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toBe('Ofte stillede spørgsmål');
    expect(page.querySelector('[data-testid="faq-content"]')?.innerHTML).toBe(
      '<h2>Hvornår møder jeg?</h2><p>Kl. 7.30</p>',
    );
  });
});
