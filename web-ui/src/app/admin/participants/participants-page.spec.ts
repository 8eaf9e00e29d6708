import { OverlayContainer } from '@angular/cdk/overlay';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { Router, provideRouter } from '@angular/router';
import {
  Election,
  Page,
  Participant,
  ParticipantListItem,
  PersonLookup,
  Team,
} from '../../core/api/models';
import { ElectionContext } from '../shared/election-context';
import { TranslatedPaginatorIntl } from '../shared/translated-paginator-intl';
import { byTestId, page, problem } from '../testing/list-page-testing';
import { ParticipantsPage } from './participants-page';
import { PERSON } from './testing/participant-fixtures';

const FRIVILLIGE: Team = {
  id: 't1',
  name: 'Frivillige',
  shortName: 'F',
  description: null,
  version: 0,
};

const ANNE: ParticipantListItem = {
  id: 'p1',
  name: 'Anne Marie Jensen',
  cprMasked: '010190-XXXX',
  mobile: '20304050',
  email: 'anne@example.dk',
  teamIds: ['t1'],
  specialDietIds: [],
  digitalPost: 'SUBSCRIBED',
  addressProtected: false,
  alive: true,
  cprFetchedAt: '2026-11-22T09:00:00Z',
  version: 0,
  validation: null,
};

const LISE: ParticipantListItem = {
  ...ANNE,
  id: 'p2',
  name: 'Lise Kristensen',
  cprMasked: '070885-XXXX',
  mobile: null,
  email: null,
  addressProtected: true,
};

const KOMMUNALVALG: Election = {
  id: 'e1',
  title: 'Kommunalvalg 2029',
  electionTypeId: 'kv',
  lockPeriodDays: 5,
  periodStart: '2029-10-01',
  periodEnd: '2029-11-30',
  electionDate: '2029-11-20',
  active: true,
  workLocationIds: [],
  version: 0,
};

const CHECKED = { eligibilityDay: '2029-11-20', checkedAt: '2026-11-22T00:30:00Z' };

describe('ParticipantsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ParticipantsPage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ParticipantsPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
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
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/admin/participants');
  const overlay = () => TestBed.inject(OverlayContainer).getContainerElement();

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function render(first: Page<ParticipantListItem>): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ParticipantsPage);
    listRequest().flush(first);
    backend.expectOne((r) => r.url === '/api/admin/teams').flush(page([FRIVILLIGE]));
    backend.expectOne((r) => r.url === '/api/admin/special-diets').flush(page([]));
    await settle();
    return fixture.nativeElement as HTMLElement;
  }

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  }

  it('lists participants with masked CPR numbers and marks protected addresses', async () => {
    const element = await render(page([ANNE, LISE]));
    expect(element.querySelector('h1')?.textContent).toBe('Deltagere');
    const rows = byTestId(element, 'participant-row');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('010190-XXXX');
    expect(rows[0].textContent).toContain('F');
    expect(rows[0].textContent).toContain('anne@example.dk');
    expect(byTestId(rows[0], 'participant-protected').length).toBe(0);
    expect(byTestId(rows[1], 'participant-protected')[0].textContent).toContain('Adressebeskyttet');
    expect(rows[1].classList).toContain('row-protected');
    expect(byTestId(rows[0], 'participant-open')[0].getAttribute('href')).toBe('/p1');
  });

  it('asks the server for the chosen filters from the first page', async () => {
    await render(page([ANNE]));
    (fixture.componentInstance as unknown as { filter(f: () => void): void }).filter(() =>
      (
        fixture.componentInstance as unknown as { protectedFilter: { set(v: string): void } }
      ).protectedFilter.set('true'),
    );
    const request = listRequest();
    expect(request.request.params.get('addressProtected')).toBe('true');
    expect(request.request.params.get('page')).toBe('0');
    request.flush(page([LISE]));
    await settle();
  });

  it('exports with the current filters through a download link, protected address always chosen', async () => {
    const element = await render(page([ANNE]));
    (fixture.componentInstance as unknown as { filter(f: () => void): void }).filter(() =>
      (
        fixture.componentInstance as unknown as { protectedFilter: { set(v: string): void } }
      ).protectedFilter.set('true'),
    );
    listRequest().flush(page([LISE]));
    await settle();
    byTestId(element, 'participant-export')[0].click();
    await settle();

    const mandatory = byTestId(overlay(), 'participant-export-column-PROTECTED_ADDRESS')[0];
    expect(mandatory.querySelector('input')?.disabled).toBe(true);
    expect(mandatory.querySelector('input')?.checked).toBe(true);
    byTestId(overlay(), 'participant-export-column-EMAIL')[0].querySelector('input')?.click();
    byTestId(overlay(), 'participant-export-column-BIRTH_DATE')[0].querySelector('input')?.click();
    byTestId(overlay(), 'participant-export-format-csv')[0].querySelector('input')?.click();
    await settle();

    const href = byTestId(overlay(), 'participant-export-download')[0].getAttribute('href') ?? '';
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/api/admin/participants/export');
    expect(url.searchParams.get('format')).toBe('csv');
    expect(url.searchParams.get('addressProtected')).toBe('true');
    const columns = url.searchParams.get('columns')?.split(',') ?? [];
    expect(columns).toContain('PROTECTED_ADDRESS');
    expect(columns).toContain('BIRTH_DATE');
    expect(columns).not.toContain('EMAIL');
    expect(byTestId(overlay(), 'participant-export-cpr-warning').length).toBe(0);
  });

  describe('validation status', () => {
    const component = () =>
      fixture.componentInstance as unknown as {
        filter(f: () => void): void;
        validationFilter: { set(v: string): void };
      };

    function chooseElection(elections: Election[]): void {
      TestBed.inject(ElectionContext).load();
      backend
        .expectOne((r) => r.url === '/api/admin/elections' && r.params.get('size') === '100')
        .flush(page(elections));
    }

    it("shows each row's outcome for the chosen election and filters on it, in the list and the export", async () => {
      chooseElection([KOMMUNALVALG]);
      fixture = TestBed.createComponent(ParticipantsPage);
      const first = listRequest();
      expect(first.request.params.get('electionId')).toBe('e1');
      expect(first.request.params.has('validation')).toBe(false);
      first.flush(
        page([
          { ...ANNE, validation: { status: 'ELIGIBLE', failures: [], ...CHECKED } },
          {
            ...LISE,
            validation: {
              status: 'INELIGIBLE',
              failures: [
                { rule: 'UNDER_18_ON_TASK_DATE', code: 'eligibility.under_18' },
                { rule: 'NOT_DANISH_CITIZEN', code: 'eligibility.not_danish_citizen' },
              ],
              ...CHECKED,
            },
          },
          {
            ...ANNE,
            id: 'p3',
            name: 'Karen Nielsen',
            validation: { status: 'NOT_IN_CPR', failures: [], ...CHECKED },
          },
          {
            ...ANNE,
            id: 'p4',
            name: 'Bent Rasmussen',
            validation: {
              status: 'NOT_CHECKED',
              failures: [],
              eligibilityDay: null,
              checkedAt: null,
            },
          },
        ]),
      );
      backend.expectOne((r) => r.url === '/api/admin/teams').flush(page([FRIVILLIGE]));
      backend.expectOne((r) => r.url === '/api/admin/special-diets').flush(page([]));
      await settle();
      const element = fixture.nativeElement as HTMLElement;

      const chips = byTestId(element, 'participant-validation');
      expect(chips.map((c) => c.textContent?.trim())).toEqual([
        'Godkendt',
        'Ikke godkendt: under 18 år, ikke dansk statsborger',
        'Ikke i CPR',
        'Ikke tjekket',
      ]);
      expect(chips[1].getAttribute('title')).toContain('Personen er under 18 år på opgavedatoen.');
      expect(chips[1].getAttribute('title')).toContain('Personen er ikke dansk statsborger.');
      expect(chips[1].getAttribute('title')).toContain('Tjekket mod CPR');
      expect(chips[3].getAttribute('title')).toContain('endnu ikke tjekket');
      expect(element.textContent).toContain('Til Kommunalvalg 2029');

      component().filter(() => component().validationFilter.set('INELIGIBLE'));
      const filtered = listRequest();
      expect(filtered.request.params.get('validation')).toBe('INELIGIBLE');
      expect(filtered.request.params.get('electionId')).toBe('e1');
      expect(filtered.request.params.get('page')).toBe('0');
      filtered.flush(page([]));
      await settle();
      expect(byTestId(element, 'participants-empty')[0].textContent).toContain(
        'Ingen deltagere matcher',
      );

      byTestId(element, 'participant-export')[0].click();
      await settle();
      const href = byTestId(overlay(), 'participant-export-download')[0].getAttribute('href') ?? '';
      const url = new URL(href, 'http://localhost');
      expect(url.searchParams.get('validation')).toBe('INELIGIBLE');
      expect(url.searchParams.get('electionId')).toBe('e1');
    });

    it('without an election the filter is off, no status is asked for and no column shown', async () => {
      fixture = TestBed.createComponent(ParticipantsPage);
      const first = listRequest();
      expect(first.request.params.has('electionId')).toBe(false);
      first.flush(page([ANNE]));
      backend.expectOne((r) => r.url === '/api/admin/teams').flush(page([FRIVILLIGE]));
      backend.expectOne((r) => r.url === '/api/admin/special-diets').flush(page([]));
      await settle();
      const element = fixture.nativeElement as HTMLElement;
      const select = byTestId(element, 'participant-validation-filter')[0];
      expect(select.getAttribute('aria-disabled')).toBe('true');
      expect(element.textContent).toContain('Vælg først et valg');
      expect(byTestId(element, 'participant-validation').length).toBe(0);
      expect(element.querySelector('th')?.parentElement?.textContent).not.toContain('Validering');

      component().filter(() => component().validationFilter.set('ELIGIBLE'));
      const request = listRequest();
      expect(request.request.params.has('validation')).toBe(false);
      expect(request.request.params.has('electionId')).toBe(false);
      request.flush(page([ANNE]));
      await settle();
    });

    it('asks again for the election chosen in the toolbar', async () => {
      await render(page([ANNE]));
      component().filter(() => component().validationFilter.set('NOT_CHECKED'));
      listRequest().flush(page([ANNE]));
      await settle();

      chooseElection([KOMMUNALVALG]);
      await settle();

      const request = listRequest();
      expect(request.request.params.get('electionId')).toBe('e1');
      expect(request.request.params.get('validation')).toBe('NOT_CHECKED');
      expect(request.request.params.get('page')).toBe('0');
      request.flush(page([]));
      await settle();
    });

    it('explains a refused validation filter in Danish', async () => {
      chooseElection([KOMMUNALVALG]);
      fixture = TestBed.createComponent(ParticipantsPage);
      listRequest().flush(
        {
          type: 'about:blank',
          title: 'Error',
          status: 400,
          code: 'request.invalid',
          violations: [
            {
              field: 'electionId',
              code: 'participant.validation_election_required',
              message: 'validation is judged for one election: give electionId too',
            },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      backend.expectOne((r) => r.url === '/api/admin/teams').flush(page([FRIVILLIGE]));
      backend.expectOne((r) => r.url === '/api/admin/special-diets').flush(page([]));
      await settle();

      const error = byTestId(fixture.nativeElement as HTMLElement, 'error-message')[0];
      expect(error.textContent).toContain('Valg: vælg et valg for at filtrere på validering');
    });
  });

  it('looks a CPR number up, creates the participant and opens its profile', async () => {
    const element = await render(page([]));
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    byTestId(element, 'participant-create')[0].click();
    await settle();
    await type(byTestId<HTMLInputElement>(overlay(), 'participant-cpr-input')[0], '010190-1234');
    byTestId(overlay(), 'participant-lookup')[0].click();
    const lookup = backend.expectOne({ method: 'POST', url: '/api/admin/person-lookups' });
    expect(lookup.request.body).toEqual({ cpr: '010190-1234', day: null });
    lookup.flush({
      cprMasked: '010190-XXXX',
      person: PERSON,
      participantId: null,
      eligibility: [
        {
          electionTypeId: 'e1',
          title: 'Folketingsvalg',
          day: '2026-11-22',
          eligible: true,
          rules: [{ rule: 'ALIVE', passed: true, code: null }],
        },
      ],
    } satisfies PersonLookup);
    await settle();
    expect(byTestId(overlay(), 'person-name')[0].textContent).toBe('Anne Marie Jensen');
    expect(byTestId(overlay(), 'eligibility-type')[0].textContent).toContain('Opfylder kravene');

    byTestId(overlay(), 'participant-save')[0].click();
    await settle();
    backend.expectNone({ method: 'POST', url: '/api/admin/participants' });
    expect(overlay().textContent).toContain('Vælg mindst ét team.');

    const select = byTestId(overlay(), 'participant-teams')[0];
    select.click();
    await settle();
    (overlay().querySelector('mat-option') as HTMLElement).click();
    await settle();
    await type(byTestId<HTMLInputElement>(overlay(), 'participant-mobile')[0], '20 30 40 50');
    byTestId(overlay(), 'participant-save')[0].click();
    const create = backend.expectOne({ method: 'POST', url: '/api/admin/participants' });
    expect(create.request.body).toEqual({
      cpr: '010190-1234',
      teamIds: ['t1'],
      mobile: '20 30 40 50',
      email: null,
      specialDietIds: [],
    });
    create.flush({ id: 'p1', person: PERSON } as Participant);
    await settle();
    expect(navigate).toHaveBeenCalledWith(['p1'], expect.anything());
  });

  it('tells clearly that the CPR register is down and saves nothing', async () => {
    const element = await render(page([]));
    byTestId(element, 'participant-create')[0].click();
    await settle();
    await type(byTestId<HTMLInputElement>(overlay(), 'participant-cpr-input')[0], '1201851919');
    byTestId(overlay(), 'participant-lookup')[0].click();
    backend
      .expectOne({ method: 'POST', url: '/api/admin/person-lookups' })
      .flush(...problem(503, 'cpr.unavailable'));
    await settle();
    expect(byTestId(overlay(), 'error-message')[0].textContent).toContain(
      'CPR-registret svarer ikke lige nu. Intet er gemt.',
    );
    expect(byTestId(overlay(), 'participant-save').length).toBe(0);
  });

  it('deletes the selected participants only after the typed word', async () => {
    const element = await render(page([ANNE, LISE]));
    byTestId(element, 'participant-select-all')[0].querySelector('input')!.click();
    await settle();
    expect(byTestId(element, 'participant-selected-count')[0].textContent).toContain('2 valgt');
    byTestId(element, 'participant-bulk-delete')[0].click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/admin/participants/bulk-deletion-preview' })
      .flush({
        allowed: true,
        blockers: [],
        warnings: [{ code: 'participants.deleted', params: { count: '2' } }],
      });
    await settle();
    expect(byTestId(overlay(), 'confirm-warning')[0].textContent).toContain('2 deltagere slettes');
    const confirm = byTestId<HTMLButtonElement>(overlay(), 'participant-bulk-confirm')[0];
    expect(confirm.disabled).toBe(true);
    await type(byTestId<HTMLInputElement>(overlay(), 'participant-bulk-word')[0], 'slet');
    expect(confirm.disabled).toBe(false);
    confirm.click();
    const deletion = backend.expectOne({
      method: 'POST',
      url: '/api/admin/participants/bulk-deletions',
    });
    expect(deletion.request.body).toEqual({ participantIds: ['p1', 'p2'], confirmation: 'slet' });
    deletion.flush({ deleted: 2 });
    await settle();
    listRequest().flush(page([]));
    await settle();
    expect(byTestId(element, 'participant-selected-count').length).toBe(0);
  });
});
