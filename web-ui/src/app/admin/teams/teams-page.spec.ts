import { OverlayContainer } from '@angular/cdk/overlay';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { Page, Team } from '../../core/api/models';
import { TranslatedPaginatorIntl } from '../shared/translated-paginator-intl';
import { TeamsPage } from './teams-page';
import { byTestId, page } from '../testing/list-page-testing';

const VENSTRE: Team = { id: 't1', name: 'Venstre', shortName: 'V', description: null, version: 2 };
const FRIVILLIGE: Team = {
  id: 't2',
  name: 'Frivillige',
  shortName: 'F',
  description: 'Borgere uden parti',
  version: 0,
};

describe('TeamsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<TeamsPage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [TeamsPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    TestBed.inject(OverlayContainer).ngOnDestroy();
  });

  const listRequest = () =>
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/admin/teams');
  const overlay = () => TestBed.inject(OverlayContainer).getContainerElement();

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function render(first: Page<Team>): Promise<HTMLElement> {
    fixture = TestBed.createComponent(TeamsPage);
    listRequest().flush(first);
    await settle();
    return fixture.nativeElement as HTMLElement;
  }

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  }

  it('lists the teams with name, short name and description', async () => {
    const element = await render(page([FRIVILLIGE, VENSTRE]));
    expect(element.querySelector('h1')?.textContent).toBe('Teams');
    const rows = byTestId(element, 'team-row');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('Borgere uden parti');
    expect(rows[1].textContent).toContain('Venstre');
  });

  it('creates a team with trimmed fields and reloads', async () => {
    const element = await render(page([]));
    byTestId(element, 'team-create')[0].click();
    await settle();
    await type(byTestId<HTMLInputElement>(overlay(), 'team-name')[0], ' Venstre ');
    await type(byTestId<HTMLInputElement>(overlay(), 'team-short-name')[0], 'V');
    byTestId(overlay(), 'team-save')[0].click();
    await settle();
    const post = backend.expectOne({ method: 'POST', url: '/api/admin/teams' });
    expect(post.request.body).toEqual({ name: 'Venstre', shortName: 'V', description: null });
    post.flush(VENSTRE);
    await settle();
    listRequest().flush(page([VENSTRE]));
    await settle();
    expect(byTestId(element, 'team-row').length).toBe(1);
  });

  it('does not send a team without a short name', async () => {
    const element = await render(page([]));
    byTestId(element, 'team-create')[0].click();
    await settle();
    await type(byTestId<HTMLInputElement>(overlay(), 'team-name')[0], 'Venstre');
    byTestId(overlay(), 'team-save')[0].click();
    await settle();
    backend.expectNone({ method: 'POST' });
    expect(byTestId(overlay(), 'error-message')[0].textContent).toContain(
      'Forkortelse skal udfyldes.',
    );
  });

  it('shows why a team in an active election cannot be deleted', async () => {
    const element = await render(page([VENSTRE]));
    byTestId(element, 'team-delete')[0].click();
    backend.expectOne({ method: 'GET', url: '/api/admin/teams/t1/deletion-preview' }).flush({
      allowed: false,
      blockers: [{ code: 'team.in_active_election', params: { count: '1' } }],
      warnings: [],
    });
    await settle();
    expect(byTestId(overlay(), 'confirm-blocker')[0].textContent).toContain('1 aktive valg');
    expect(byTestId(overlay(), 'confirm-yes').length).toBe(0);
  });
});
