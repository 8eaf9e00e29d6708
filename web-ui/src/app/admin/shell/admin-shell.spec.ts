import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { adminAuthInterceptor } from '../../core/auth/admin-auth.interceptor';
import { I18nService } from '../../core/i18n/i18n.service';
import { BrowserNavigation } from '../../core/navigation/browser-navigation';
import { Election } from '../../core/api/models';
import { ELECTION_STORAGE_KEY } from '../shared/election-context';
import { AdminShell } from './admin-shell';

function election(id: string, title: string, electionDate: string, active: boolean): Election {
  return {
    id,
    title,
    electionTypeId: 'ft',
    lockPeriodDays: 5,
    periodStart: '2020-01-01',
    periodEnd: '2035-12-31',
    electionDate,
    active,
    workLocationIds: ['w1'],
    version: 0,
  };
}

const ELECTIONS = [
  election('e2', 'Kommunalvalg 2029', '2029-11-20', false),
  election('e1', 'Folketingsvalg 2027', '2027-03-02', true),
];

describe('AdminShell', () => {
  let backend: HttpTestingController;
  let visited: string[];

  beforeEach(() => {
    localStorage.clear();
    visited = [];
    TestBed.configureTestingModule({
      imports: [AdminShell],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([adminAuthInterceptor])),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        {
          provide: BrowserNavigation,
          useValue: {
            navigateTo: (url: string) => visited.push(url),
            currentPath: () => '/admin/audit',
          },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  /** Answers the session request, then any request for the elections of the switcher. */
  async function render(
    respond: (request: ReturnType<HttpTestingController['expectOne']>) => void,
    elections: Election[] = [],
  ) {
    const fixture = TestBed.createComponent(AdminShell);
    respond(backend.expectOne('/api/admin/me'));
    backend
      .match((r) => r.url === '/api/admin/elections')
      .forEach((r) => r.flush({ items: elections, total: elections.length, page: 0, size: 100 }));
    await fixture.whenStable();
    return { fixture, page: fixture.nativeElement as HTMLElement };
  }

  const ADMIN = { name: 'Ada Admin', municipality: 'Demo Kommune', roles: ['admin'] };

  it('works on the election with the latest election day until another is chosen', async () => {
    const { fixture, page } = await render((r) => r.flush(ADMIN), ELECTIONS);
    expect(q(page, 'current-election')?.textContent).toBe('Kommunalvalg 2029');
    q(page, 'election-switch')!.click();
    await fixture.whenStable();
    const options = Array.from(
      document.querySelectorAll<HTMLElement>('[data-testid="election-switch-option"]'),
    );
    expect(options.map((o) => o.textContent?.trim())).toEqual([
      '✓ Kommunalvalg 2029 (2029-11-20)',
      'Folketingsvalg 2027 (2027-03-02) – aktivt',
    ]);
    options[1].click();
    await fixture.whenStable();
    expect(q(page, 'current-election')?.textContent).toBe('Folketingsvalg 2027');
    expect(localStorage.getItem(ELECTION_STORAGE_KEY)).toBe('e1');
  });

  it('remembers the chosen election and shows "no election" when there is none', async () => {
    localStorage.setItem(ELECTION_STORAGE_KEY, 'e1');
    const { page } = await render((r) => r.flush(ADMIN), ELECTIONS);
    expect(q(page, 'current-election')?.textContent).toBe('Folketingsvalg 2027');
  });

  const q = (root: HTMLElement, id: string) =>
    root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  it('shows product, municipality, admin name, navigation and logout for an admin', async () => {
    const { page } = await render((r) =>
      r.flush({ name: 'Ada Admin', municipality: 'Demo Kommune', roles: ['admin'] }),
    );
    expect(q(page, 'product-name')?.textContent).toBe('Valghalla');
    expect(q(page, 'admin-municipality')?.textContent).toContain('Demo Kommune');
    expect(q(page, 'admin-user')?.textContent).toContain('Ada Admin');
    expect(q(page, 'nav-areas')?.textContent?.trim()).toBe('Områder');
    expect(q(page, 'nav-audit')?.textContent?.trim()).toBe('Revisionslog');
    const nav = Array.from(page.querySelectorAll<HTMLAnchorElement>('nav a')).map((link) => [
      link.getAttribute('data-testid'),
      link.getAttribute('href'),
      link.textContent?.trim(),
    ]);
    expect(nav).toEqual([
      ['nav-elections', '/elections', 'Valg'],
      ['nav-tasks', '/tasks', 'Opgaver'],
      ['nav-participants', '/participants', 'Deltagere'],
      ['nav-areas', '/areas', 'Områder'],
      ['nav-special-diets', '/special-diets', 'Specialkost'],
      ['nav-election-types', '/election-types', 'Valgtyper'],
      ['nav-task-types', '/task-types', 'Opgavetyper'],
      ['nav-work-locations', '/work-locations', 'Arbejdssteder'],
      ['nav-teams', '/teams', 'Teams'],
      ['nav-web-content', '/web-content', 'Hjemmeside'],
      ['nav-audit', '/audit', 'Revisionslog'],
    ]);

    q(page, 'admin-logout')!.click();
    expect(visited).toEqual(['/logout/admin']);
  });

  it('switches the whole toolbar to English', async () => {
    const { fixture, page } = await render((r) =>
      r.flush({ name: 'Ada Admin', municipality: 'Demo Kommune', roles: ['admin'] }),
    );
    q(page, 'lang-en')!.querySelector('button')!.click();
    await fixture.whenStable();
    expect(TestBed.inject(I18nService).language()).toBe('en');
    expect(q(page, 'nav-areas')?.textContent?.trim()).toBe('Areas');
    expect(q(page, 'nav-special-diets')?.textContent?.trim()).toBe('Special diets');
    expect(q(page, 'nav-election-types')?.textContent?.trim()).toBe('Election types');
    expect(q(page, 'admin-logout')?.textContent?.trim()).toBe('Log out');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows the "no access" page on 403 and no navigation', async () => {
    const { page } = await render((r) =>
      r.flush(
        { type: 'about:blank', title: 'Forbidden', status: 403, code: 'auth.forbidden' },
        { status: 403, statusText: 'Forbidden' },
      ),
    );
    const forbidden = q(page, 'admin-forbidden');
    expect(forbidden?.textContent).toContain('Ingen adgang');
    expect(page.querySelector('router-outlet')).toBeNull();
    expect(visited).toEqual([]);
  });

  it('redirects to the admin login with the current path on 401', async () => {
    const { page } = await render((r) =>
      r.flush(
        { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'auth.unauthenticated' },
        { status: 401, statusText: 'Unauthorized' },
      ),
    );
    expect(visited).toEqual(['/login/admin?returnTo=/admin/audit']);
    expect(page.textContent).toContain('Du sendes videre til login');
    expect(q(page, 'admin-forbidden')).toBeNull();
  });

  it('offers a retry when the session cannot be loaded', async () => {
    const { fixture, page } = await render((r) =>
      r.flush(
        { type: 'about:blank', title: 'Error', status: 500, code: 'server.error' },
        { status: 500, statusText: 'Error' },
      ),
    );
    expect(q(page, 'error-message')?.textContent).toContain('Der opstod en fejl på serveren');
    const retry = Array.from(page.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Prøv igen'),
    );
    retry!.click();
    backend
      .expectOne('/api/admin/me')
      .flush({ name: 'Ada Admin', municipality: 'Demo Kommune', roles: ['admin'] });
    backend
      .expectOne((r) => r.url === '/api/admin/elections')
      .flush({ items: [], total: 0, page: 0, size: 100 });
    await fixture.whenStable();
    expect(q(page, 'current-election')?.textContent).toBe('Intet valg');
    expect(q(page, 'admin-user')?.textContent).toContain('Ada Admin');
  });
});
