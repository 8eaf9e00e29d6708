import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { BrowserNavigation } from '../../core/navigation/browser-navigation';
import { FrontPage } from './front-page';

describe('FrontPage', () => {
  let backend: HttpTestingController;
  let visited: string[];

  beforeEach(() => {
    localStorage.clear();
    visited = [];
    TestBed.configureTestingModule({
      imports: [FrontPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: BrowserNavigation,
          useValue: { navigateTo: (url: string) => visited.push(url), currentPath: () => '/' },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const CONTEXT = {
    faqActive: false,
    consentDeclarationActive: false,
    anyActiveElection: true,
    contactInformation: false,
    logoUrl: null,
  };

  /** The election office's content: not written, unless given. */
  function flushContent(
    page: { title: string | null; content: string } = { title: null, content: '' },
    context: Partial<typeof CONTEXT> = {},
  ) {
    backend.expectOne('/api/public/web-content/front-page').flush(page);
    backend.expectOne('/api/public/web-content/context').flush({ ...CONTEXT, ...context });
  }

  async function render(
    me: { name: string; maskedCpr: string } | 'unauthenticated',
    page?: { title: string | null; content: string },
    context: Partial<typeof CONTEXT> = {},
  ) {
    const fixture = TestBed.createComponent(FrontPage);
    backend
      .expectOne('/api/public/municipality')
      .flush({ name: 'Demo Kommune', municipalityCode: '0999' });
    flushContent(page, context);
    const meRequest = backend.expectOne('/api/participant/me');
    if (me === 'unauthenticated') {
      meRequest.flush(
        { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'auth.unauthenticated' },
        { status: 401, statusText: 'Unauthorized' },
      );
    } else {
      meRequest.flush(me);
    }
    await fixture.whenStable();
    return { fixture, page: fixture.nativeElement as HTMLElement };
  }

  const q = (root: HTMLElement, id: string) =>
    root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  it('shows the municipality and the welcome text', async () => {
    const { page } = await render('unauthenticated');
    expect(page.querySelector('h1')?.textContent).toBe('Valghalla – Demo Kommune');
    expect(q(page, 'welcome-text')?.textContent).toContain(
      'Velkommen til Demo Kommunes side for valgets tilforordnede',
    );
  });

  it('greets the logged-in participant and offers logout', async () => {
    const { page } = await render({ name: 'Anne Andersen', maskedCpr: '010190-XXXX' });
    expect(q(page, 'participant-greeting')?.textContent?.trim()).toBe('Hej Anne Andersen');
    expect(page.textContent).toContain('010190-XXXX');
    expect(q(page, 'logout-participant')?.getAttribute('href')).toBe('/logout/participant');
    expect(q(page, 'login-mitid')).toBeNull();
  });

  it('greets in English after switching language', async () => {
    const { fixture, page } = await render({ name: 'Anne Andersen', maskedCpr: '010190-XXXX' });
    TestBed.inject(I18nService).use('en');
    await fixture.whenStable();
    expect(q(page, 'participant-greeting')?.textContent?.trim()).toBe('Hello Anne Andersen');
    expect(page.querySelector('h1')?.textContent).toBe('Valghalla – Demo Kommune');
    expect(q(page, 'welcome-text')?.textContent).toContain(
      "Welcome to Demo Kommune's page for election workers",
    );
  });

  it('shows the MitID login button when not logged in (401), which leaves the SPA for the login', async () => {
    const { page } = await render('unauthenticated');
    const button = q(page, 'login-mitid');
    expect(button?.textContent?.trim()).toBe('Log ind med MitID');
    expect(q(page, 'participant-greeting')).toBeNull();
    // a 401 here is not an error to show
    expect(q(page, 'error-message')).toBeNull();

    button!.click();
    expect(visited).toEqual(['/login/participant?returnTo=/']);
  });

  it('shows a translated error and still the login button when the server fails', async () => {
    const fixture = TestBed.createComponent(FrontPage);
    backend
      .expectOne('/api/public/municipality')
      .flush({ name: 'Demo Kommune', municipalityCode: '0999' });
    flushContent();
    backend
      .expectOne('/api/participant/me')
      .flush(
        { type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'server.error' },
        { status: 500, statusText: 'Server Error' },
      );
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(q(page, 'error-message')?.textContent).toContain('Der opstod en fejl på serveren.');
    expect(q(page, 'login-mitid')).not.toBeNull();
  });

  it("shows the election office's title and sanitized text instead of the built-in welcome", async () => {
    const { page } = await render('unauthenticated', {
      title: 'Bliv tilforordnet i Demo Kommune',
      content: '<p>Vi mangler <strong>hjælpere</strong> til valget.</p>',
    });
    expect(q(page, 'front-title')?.textContent).toBe('Bliv tilforordnet i Demo Kommune');
    expect(q(page, 'front-content')?.innerHTML).toBe(
      '<p>Vi mangler <strong>hjælpere</strong> til valget.</p>',
    );
    expect(q(page, 'welcome-text')).toBeNull();
    expect(q(page, 'no-active-election')).toBeNull();
  });

  it('says "Ingen aktive valg" while no election is active', async () => {
    const { page } = await render('unauthenticated', undefined, { anyActiveElection: false });
    expect(q(page, 'no-active-election')?.textContent).toContain('Ingen aktive valg');
    expect(q(page, 'login-mitid')).not.toBeNull();
  });
});
