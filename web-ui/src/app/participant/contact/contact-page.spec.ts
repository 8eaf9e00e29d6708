import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { ContactPage } from './contact-page';

describe('ContactPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ContactPage],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const q = (root: HTMLElement, id: string) =>
    root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function render(answer: (request: ReturnType<HttpTestingController['expectOne']>) => void) {
    const fixture = TestBed.createComponent(ContactPage);
    answer(backend.expectOne('/api/public/web-content/contact-information'));
    await fixture.whenStable();
    return { fixture, page: fixture.nativeElement as HTMLElement };
  }

  it('shows how to reach the election office, with the logo', async () => {
    const { page } = await render((r) =>
      r.flush({
        municipalityName: 'Demo Kommune',
        department: 'Valgsekretariatet',
        address: 'Rådhuspladsen 1',
        postalCode: '9999',
        city: 'Demoby',
        phone: '70 10 18 18',
        email: 'valg@demo.dk',
        digitalPostUrl: 'https://post.borger.dk/send/demo',
        logoUrl: '/api/public/web-content/contact-information/logo?v=abc',
      }),
    );
    expect(page.querySelector('h1')?.textContent).toBe('Kontakt os');
    expect(q(page, 'contact-department')?.textContent).toBe('Valgsekretariatet');
    expect(q(page, 'contact-city')?.textContent).toBe('9999 Demoby');
    expect(q(page, 'contact-phone')?.getAttribute('href')).toBe('tel:70101818');
    expect(q(page, 'contact-email')?.getAttribute('href')).toBe('mailto:valg@demo.dk');
    expect(q(page, 'contact-digital-post')?.getAttribute('href')).toBe(
      'https://post.borger.dk/send/demo',
    );
    expect(q(page, 'contact-digital-post')?.textContent).toContain('Digital Post');
    const logo = q(page, 'contact-logo') as HTMLImageElement;
    expect(logo.getAttribute('src')).toBe('/api/public/web-content/contact-information/logo?v=abc');
    expect(logo.alt).toBe('Logo for Demo Kommune');
  });

  it('leaves out what is not given', async () => {
    const { fixture, page } = await render((r) =>
      r.flush({
        municipalityName: 'Demo Kommune',
        department: 'Valgsekretariatet',
        address: 'Rådhuspladsen 1',
        postalCode: '9999',
        city: 'Demoby',
        phone: null,
        email: 'valg@demo.dk',
        digitalPostUrl: null,
        logoUrl: null,
      }),
    );
    expect(q(page, 'contact-phone')).toBeNull();
    expect(q(page, 'contact-digital-post')).toBeNull();
    expect(q(page, 'contact-logo')).toBeNull();
    TestBed.inject(I18nService).use('en');
    await fixture.whenStable();
    expect(page.querySelector('h1')?.textContent).toBe('Contact us');
  });

  it('says so when the contact information is not written yet (404)', async () => {
    const { page } = await render((r) =>
      r.flush(
        {
          type: 'about:blank',
          title: 'Not found',
          status: 404,
          code: 'contact_information.not_found',
        },
        { status: 404, statusText: 'Not Found' },
      ),
    );
    expect(q(page, 'contact-not-written')?.textContent).toContain('endnu ikke skrevet');
    expect(q(page, 'error-message')).toBeNull();
  });

  it('shows a translated error when the server fails', async () => {
    const { page } = await render((r) =>
      r.flush(
        { type: 'about:blank', title: 'Error', status: 500, code: 'server.error' },
        { status: 500, statusText: 'Server Error' },
      ),
    );
    expect(q(page, 'error-message')?.textContent).toContain('Der opstod en fejl på serveren.');
  });
});
