import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { DkfdsStylesheet } from './dkfds-stylesheet';
import { ParticipantShell } from './participant-shell';

describe('ParticipantShell', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ParticipantShell],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: DkfdsStylesheet,
          useValue: { attach: () => Promise.resolve(), detach: () => {} },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function render(faqActive: boolean, logoUrl: string | null) {
    const fixture = TestBed.createComponent(ParticipantShell);
    backend
      .expectOne('/api/public/municipality')
      .flush({ name: 'Demo Kommune', municipalityCode: '0999' });
    backend.expectOne('/api/public/web-content/context').flush({
      faqActive,
      consentDeclarationActive: false,
      anyActiveElection: true,
      contactInformation: true,
      logoUrl,
    });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const menu = (page: HTMLElement) =>
    Array.from(page.querySelectorAll<HTMLAnchorElement>('nav a')).map((a) => [
      a.getAttribute('data-testid'),
      a.getAttribute('href'),
      a.textContent?.trim(),
    ]);

  it('offers front page, contact and privacy to everybody, and the FAQ only while it is on', async () => {
    const page = await render(false, null);
    expect(menu(page)).toEqual([
      ['nav-home', '/', 'Forside'],
      ['nav-contact', '/kontakt-os', 'Kontakt os'],
      ['nav-privacy', '/privatlivspolitik', 'Privatlivspolitik'],
    ]);
    expect(page.querySelector('[data-testid="site-logo"]')).toBeNull();
  });

  it('shows the FAQ link and the logo when there are', async () => {
    const page = await render(true, '/api/public/web-content/contact-information/logo?v=1');
    expect(menu(page).map(([id]) => id)).toContain('nav-faq');
    const logo = page.querySelector<HTMLImageElement>('[data-testid="site-logo"]')!;
    expect(logo.getAttribute('src')).toBe('/api/public/web-content/contact-information/logo?v=1');
    expect(logo.alt).toBe('Logo for Demo Kommune');
  });
});
