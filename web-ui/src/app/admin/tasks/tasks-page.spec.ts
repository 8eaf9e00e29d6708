import { OverlayContainer } from '@angular/cdk/overlay';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import {
  Election,
  ParticipantListItem,
  Task,
  TaskSlot,
  TaskType,
  Team,
  WorkLocation,
} from '../../core/api/models';
import { ElectionContext } from '../shared/election-context';
import { SEARCH_DEBOUNCE_MS } from '../shared/paged-search-list';
import { byTestId, page, problem } from '../testing/list-page-testing';
import { TasksPage } from './tasks-page';

const FT: Election = {
  id: 'e1',
  title: 'Folketingsvalg 2027',
  electionTypeId: 'ft',
  lockPeriodDays: 5,
  periodStart: '2027-02-01',
  periodEnd: '2027-03-31',
  electionDate: '2027-03-02',
  active: true,
  workLocationIds: ['w1', 'w2'],
  version: 3,
};

function location(
  id: string,
  title: string,
  teamIds: string[],
  taskTypeIds: string[],
  votingAreaNumber: number | null = null,
): WorkLocation {
  const rest = { areaId: 'a1', address: null, postalCode: null, city: null, version: 0 };
  return { id, title, teamIds, taskTypeIds, votingAreaNumber, ...rest };
}

const LOCATIONS = [
  location('w1', 'Rådhuset', ['t1', 't2'], ['tt1'], 2),
  location('w2', 'Skolen', ['t2'], ['tt2']),
  location('w3', 'Hallen (andet valg)', ['t3'], ['tt1']),
];

function taskType(id: string, title: string): TaskType {
  return {
    id,
    title,
    shortName: title.slice(0, 3),
    description: '',
    startTime: '07:30',
    endTime: '21:00',
    payment: null,
    validationNotRequired: false,
    trusted: false,
    sendReminder: false,
    files: [],
    version: 0,
  };
}

const TASK_TYPES = [taskType('tt1', 'Tilforordnet'), taskType('tt2', 'Valgstyrer')];

function team(id: string, name: string): Team {
  return { id, name, shortName: name.slice(0, 1), description: null, version: 0 };
}

const TEAMS = [team('t1', 'Venstre'), team('t2', 'Frivillige'), team('t3', 'Andre')];

const SLOT: TaskSlot = {
  workLocationId: 'w1',
  workLocationTitle: 'Rådhuset',
  votingArea: 2,
  taskTypeId: 'tt1',
  taskTypeTitle: 'Tilforordnet',
  teamId: 't1',
  teamName: 'Venstre',
  taskDate: '2027-03-02',
  total: 3,
  free: 1,
  awaitingReply: 1,
  accepted: 1,
};

function seat(id: string, status: Task['status'], participant: Task['participant']): Task {
  return {
    id,
    version: 4,
    electionId: 'e1',
    workLocationId: 'w1',
    workLocationTitle: 'Rådhuset',
    taskTypeId: 'tt1',
    taskTypeTitle: 'Tilforordnet',
    startTime: '07:30',
    endTime: '21:00',
    teamId: 't1',
    teamName: 'Venstre',
    taskDate: '2027-03-02',
    status,
    participant,
  };
}

const ACCEPTED = seat('s1', 'ACCEPTED', {
  id: 'p1',
  name: 'Anne Andersen',
  addressProtected: false,
});
const AWAITING = seat('s2', 'AWAITING_REPLY', {
  id: 'p2',
  name: 'Lise Kristensen',
  addressProtected: true,
});
const FREE = seat('s3', 'FREE', null);

const BO: ParticipantListItem = {
  id: 'p3',
  name: 'Bo Berg',
  cprMasked: '010190-XXXX',
  mobile: null,
  email: null,
  teamIds: ['t2'],
  specialDietIds: [],
  digitalPost: 'SUBSCRIBED',
  addressProtected: false,
  alive: true,
  cprFetchedAt: '2026-11-22T09:00:00Z',
  version: 0,
  validation: null,
};

const SLOTS_URL = '/api/admin/elections/e1/task-slots';
const TASKS_URL = '/api/admin/elections/e1/tasks';

describe('TasksPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<TasksPage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [TasksPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    TestBed.inject(OverlayContainer).ngOnDestroy();
  });

  const overlay = () => TestBed.inject(OverlayContainer).getContainerElement();
  const slotsRequest = (): TestRequest =>
    backend.expectOne((r) => r.method === 'GET' && r.url === SLOTS_URL);
  const seatsRequest = (): TestRequest =>
    backend.expectOne((r) => r.method === 'GET' && r.url === TASKS_URL);

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  /** The page with the elections of the toolbar's switcher and the first answer for the slots. */
  async function render(
    elections: Election[] = [FT],
    slots: TaskSlot[] = [SLOT],
  ): Promise<HTMLElement> {
    TestBed.inject(ElectionContext).load();
    backend.expectOne((r) => r.url === '/api/admin/elections').flush(page(elections));
    fixture = TestBed.createComponent(TasksPage);
    backend.expectOne((r) => r.url === '/api/admin/work-locations').flush(page(LOCATIONS));
    backend.expectOne((r) => r.url === '/api/admin/task-types').flush(page(TASK_TYPES));
    backend.expectOne((r) => r.url === '/api/admin/teams').flush(page(TEAMS));
    await settle();
    if (elections.length) {
      slotsRequest().flush(slots);
      await settle();
    }
    return fixture.nativeElement as HTMLElement;
  }

  /** Shows the first slot's seats. */
  async function showSeats(element: HTMLElement, seats: Task[]): Promise<void> {
    byTestId(element, 'task-slot-seats')[0].click();
    await settle();
    const request = seatsRequest();
    expect(request.request.params.get('workLocationId')).toBe('w1');
    expect(request.request.params.get('taskTypeId')).toBe('tt1');
    expect(request.request.params.get('teamId')).toBe('t1');
    expect(request.request.params.get('taskDate')).toBe('2027-03-02');
    request.flush(seats);
    await settle();
  }

  /** After a change the counters and the shown seats are loaded again. */
  async function reloaded(slots: TaskSlot[], seats: Task[]): Promise<void> {
    await settle();
    slotsRequest().flush(slots);
    seatsRequest().flush(seats);
    await settle();
  }

  async function choose(root: ParentNode, testId: string, text: string): Promise<void> {
    byTestId(root, testId)[0].click();
    await settle();
    const option = Array.from(overlay().querySelectorAll<HTMLElement>('mat-option')).find((o) =>
      o.textContent?.includes(text),
    );
    expect(option, text).toBeTruthy();
    option!.click();
    await settle();
  }

  async function type(input: HTMLInputElement, value: string, event = 'input'): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event(event));
    await settle();
  }

  function optionTexts(): string[] {
    return Array.from(overlay().querySelectorAll('mat-option')).map(
      (o) => o.textContent?.trim() ?? '',
    );
  }

  it('tells the admin to create or choose an election when there is none', async () => {
    const element = await render([]);
    expect(element.querySelector('h1')?.textContent).toBe('Opgaver');
    expect(byTestId(element, 'tasks-no-election')[0].textContent).toContain('Opret et valg');
    expect(byTestId(element, 'task-distribute').length).toBe(0);
  });

  it("shows the chosen election's slots with work location, voting area, day and counters", async () => {
    const element = await render();
    expect(byTestId(element, 'task-election')[0].textContent).toContain('Folketingsvalg 2027');
    const rows = byTestId(element, 'task-slot-row');
    expect(rows.length).toBe(1);
    expect(rows[0].textContent).toContain('Rådhuset');
    expect(rows[0].textContent).toContain('afstemningsområde 2');
    expect(rows[0].textContent).toContain('Tilforordnet');
    expect(rows[0].textContent).toContain('Venstre');
    expect(rows[0].textContent).toContain('2027');
    expect(byTestId(rows[0], 'task-slot-total')[0].textContent?.trim()).toBe('3');
    expect(byTestId(rows[0], 'task-slot-free')[0].textContent?.trim()).toBe('1');
    expect(byTestId(rows[0], 'task-slot-awaiting')[0].textContent?.trim()).toBe('1');
    expect(byTestId(rows[0], 'task-slot-accepted')[0].textContent?.trim()).toBe('1');
  });

  it('starts over with the other election when the admin switches election', async () => {
    const other: Election = {
      ...FT,
      id: 'e2',
      title: 'Kommunalvalg 2029',
      workLocationIds: ['w2'],
    };
    const element = await render([FT, other]);
    await showSeats(element, [FREE]);
    await choose(element, 'task-filter-work-location', 'Rådhuset');
    slotsRequest().flush([SLOT]);
    await settle();
    expect(byTestId(element, 'task-seats').length).toBe(1);

    TestBed.inject(ElectionContext).choose('e2');
    await settle();
    const request = backend.expectOne(
      (r) => r.method === 'GET' && r.url === '/api/admin/elections/e2/task-slots',
    );
    expect(request.request.params.has('workLocationId')).toBe(false);
    request.flush([]);
    await settle();
    expect(byTestId(element, 'task-election')[0].textContent).toContain('Kommunalvalg 2029');
    expect(byTestId(element, 'task-seats').length).toBe(0);
    byTestId(element, 'task-filter-work-location')[0].click();
    await settle();
    expect(optionTexts()).toEqual(['Alle arbejdssteder', 'Skolen']);
  });

  it("filters by one of the election's work locations and by day on the server", async () => {
    const element = await render();
    byTestId(element, 'task-filter-work-location')[0].click();
    await settle();
    expect(optionTexts()).toEqual(['Alle arbejdssteder', 'Rådhuset', 'Skolen']);
    overlay().querySelectorAll<HTMLElement>('mat-option')[2].click();
    await settle();
    let request = slotsRequest();
    expect(request.request.params.get('workLocationId')).toBe('w2');
    expect(request.request.params.has('taskDate')).toBe(false);
    request.flush([]);
    await settle();
    expect(byTestId(element, 'task-slots-empty')[0].textContent).toContain('Ingen opgaver matcher');

    const date = byTestId<HTMLInputElement>(element, 'task-filter-date')[0];
    expect(date.min).toBe('2027-02-01');
    expect(date.max).toBe('2027-03-31');
    await type(date, '2027-03-01', 'change');
    request = slotsRequest();
    expect(request.request.params.get('workLocationId')).toBe('w2');
    expect(request.request.params.get('taskDate')).toBe('2027-03-01');
    request.flush([]);
    await settle();
  });

  it("distributes seats: only the location's task types and teams, the election day by default", async () => {
    const element = await render([FT], []);
    expect(byTestId(element, 'task-slots-empty')[0].textContent).toContain('Fordel opgaver');
    byTestId(element, 'task-distribute')[0].click();
    await settle();

    const date = byTestId<HTMLInputElement>(overlay(), 'task-distribute-date')[0];
    expect(date.value).toBe('2027-03-02');
    expect(date.min).toBe('2027-02-01');
    expect(date.max).toBe('2027-03-31');

    byTestId(overlay(), 'task-distribute-work-location')[0].click();
    await settle();
    expect(optionTexts()).toEqual(['Rådhuset (2)', 'Skolen']);
    (overlay().querySelector('mat-option') as HTMLElement).click();
    await settle();
    const lookup = slotsRequest();
    expect(lookup.request.params.get('workLocationId')).toBe('w1');
    expect(lookup.request.params.get('taskDate')).toBe('2027-03-02');
    lookup.flush([]);
    await settle();

    byTestId(overlay(), 'task-distribute-task-type')[0].click();
    await settle();
    expect(optionTexts()).toEqual(['Tilforordnet (07:30–21:00)']);
    (overlay().querySelector('mat-option') as HTMLElement).click();
    await settle();
    byTestId(overlay(), 'task-distribute-team')[0].click();
    await settle();
    expect(optionTexts()).toEqual(['Venstre (V)', 'Frivillige (F)']);
    (overlay().querySelector('mat-option') as HTMLElement).click();
    await settle();
    await type(byTestId<HTMLInputElement>(overlay(), 'task-distribute-count')[0], '4');

    byTestId(overlay(), 'task-distribute-save')[0].click();
    const put = backend.expectOne({ method: 'PUT', url: SLOTS_URL });
    expect(put.request.body).toEqual({
      workLocationId: 'w1',
      taskTypeId: 'tt1',
      teamId: 't1',
      taskDate: '2027-03-02',
      count: 4,
    });
    put.flush({ ...SLOT, total: 4, free: 4, awaitingReply: 0, accepted: 0 });
    await settle();
    slotsRequest().flush([{ ...SLOT, total: 4, free: 4, awaitingReply: 0, accepted: 0 }]);
    await settle();
    expect(byTestId(overlay(), 'task-distribute-save').length).toBe(0);
    expect(overlay().textContent).toContain('Rådhuset · Tilforordnet · Venstre');
    expect(byTestId(element, 'task-slot-total')[0].textContent?.trim()).toBe('4');
  });

  it('checks the count and the day before asking the server', async () => {
    const element = await render();
    byTestId(element, 'task-slot-edit')[0].click();
    await settle();
    slotsRequest().flush([SLOT]);
    await settle();
    const count = byTestId<HTMLInputElement>(overlay(), 'task-distribute-count')[0];
    await type(count, '501');
    await type(byTestId<HTMLInputElement>(overlay(), 'task-distribute-date')[0], '2027-04-01');
    slotsRequest().flush([]);
    byTestId(overlay(), 'task-distribute-save')[0].click();
    await settle();
    backend.expectNone({ method: 'PUT', url: SLOTS_URL });
    const errors = byTestId(overlay(), 'error-message').map((e) => e.textContent ?? '');
    expect(errors.some((e) => e.includes('Skal være et helt tal fra 0 til 500.'))).toBe(true);
    expect(errors.some((e) => e.includes('Datoen skal ligge i valgets periode'))).toBe(true);
  });

  it("changes a slot's number from its current total and shows the server's refusal translated", async () => {
    const element = await render();
    byTestId(element, 'task-slot-edit')[0].click();
    await settle();
    slotsRequest().flush([SLOT]);
    await settle();
    expect(overlay().querySelector('h2')?.textContent).toContain('Ret antal pladser');
    const count = byTestId<HTMLInputElement>(overlay(), 'task-distribute-count')[0];
    expect(count.value).toBe('3');
    expect(byTestId(overlay(), 'task-distribute-current')[0].textContent).toContain(
      'Nu 3 pladser, heraf 2 besat.',
    );
    await type(count, '1');
    byTestId(overlay(), 'task-distribute-save')[0].click();
    const put = backend.expectOne({ method: 'PUT', url: SLOTS_URL });
    expect(put.request.body.count).toBe(1);
    put.flush(...problem(409, 'task.count_below_taken'));
    await settle();
    expect(byTestId(overlay(), 'error-message')[0].textContent).toContain(
      'Antallet er lavere end antallet af besatte pladser.',
    );
    expect(byTestId(overlay(), 'task-distribute-save').length).toBe(1);
  });

  it("shows a slot's seats with status, name and the address-protection mark", async () => {
    const element = await render();
    await showSeats(element, [ACCEPTED, AWAITING, FREE]);
    const rows = byTestId(element, 'task-row');
    expect(rows.map((r) => byTestId(r, 'task-status')[0].textContent)).toEqual([
      'Accepteret',
      'Afventer svar',
      'Ledig',
    ]);
    expect(rows[0].textContent).toContain('Anne Andersen');
    expect(byTestId(rows[0], 'participant-protected').length).toBe(0);
    expect(byTestId(rows[1], 'participant-protected')[0].textContent).toContain('Adressebeskyttet');
    expect(rows[1].classList).toContain('row-protected');
    expect(byTestId(rows[0], 'task-release').length).toBe(1);
    expect(byTestId(rows[0], 'task-accept').length).toBe(0);
    expect(byTestId(rows[1], 'task-accept').length).toBe(1);
    expect(byTestId(rows[1], 'task-release').length).toBe(1);
    expect(byTestId(rows[2], 'task-assign').length).toBe(1);
    expect(byTestId(rows[2], 'task-release').length).toBe(0);
  });

  it('marks a seat whose holder the nightly CPR check found no longer eligible, with the rules', async () => {
    const element = await render();
    const failing = seat('s4', 'ACCEPTED', {
      id: 'p4',
      name: 'Ole Udvandret',
      addressProtected: false,
      validation: {
        status: 'INELIGIBLE',
        failures: [{ rule: 'NOT_RESIDENT_IN_MUNICIPALITY', code: 'eligibility.not_resident' }],
        eligibilityDay: '2027-03-02',
        checkedAt: '2027-02-20T01:30:00Z',
      },
    });
    const fine = seat('s5', 'ACCEPTED', {
      id: 'p5',
      name: 'Anne Andersen',
      addressProtected: false,
      validation: {
        status: 'ELIGIBLE',
        failures: [],
        eligibilityDay: '2027-03-02',
        checkedAt: '2027-02-20T01:30:00Z',
      },
    });
    await showSeats(element, [failing, fine]);
    const rows = byTestId(element, 'task-row');
    const chip = byTestId(rows[0], 'task-holder-check')[0];
    expect(chip.getAttribute('data-status')).toBe('INELIGIBLE');
    expect(chip.getAttribute('title')).toContain('Personen bor ikke i kommunen.');
    expect(byTestId(rows[1], 'task-holder-check').length).toBe(0);
  });

  it('assigns a participant found by the search to a free seat', async () => {
    const element = await render();
    await showSeats(element, [FREE]);
    byTestId(element, 'task-assign')[0].click();
    await settle();
    expect(byTestId(overlay(), 'task-assign-seat')[0].textContent).toContain(
      'Rådhuset · Tilforordnet · Venstre',
    );
    const save = byTestId<HTMLButtonElement>(overlay(), 'task-assign-save')[0];
    expect(save.disabled).toBe(true);

    await type(byTestId<HTMLInputElement>(overlay(), 'task-assign-search')[0], ' bo ');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    const search = backend.expectOne((r) => r.url === '/api/admin/participants');
    expect(search.request.params.get('q')).toBe('bo');
    search.flush(page([BO]));
    await settle();
    byTestId(overlay(), 'task-assign-option')[0].click();
    await settle();
    expect(byTestId(overlay(), 'task-assign-joins-team')[0].textContent).toContain('Venstre');
    expect(save.disabled).toBe(false);
    save.click();
    const post = backend.expectOne({ method: 'POST', url: '/api/admin/tasks/s3/assignment' });
    expect(post.request.body).toEqual({ participantId: 'p3', version: 4 });
    post.flush(
      seat('s3', 'AWAITING_REPLY', { id: 'p3', name: 'Bo Berg', addressProtected: false }),
    );
    await reloaded(
      [{ ...SLOT, free: 0, awaitingReply: 2 }],
      [seat('s3', 'AWAITING_REPLY', { id: 'p3', name: 'Bo Berg', addressProtected: false })],
    );
    expect(byTestId(overlay(), 'task-assign-save').length).toBe(0);
    expect(byTestId(element, 'task-row')[0].textContent).toContain('Bo Berg');
    expect(byTestId(element, 'task-slot-free')[0].textContent?.trim()).toBe('0');
  });

  it('shows every failed eligibility rule, and a time conflict, translated in the assign dialog', async () => {
    const element = await render();
    await showSeats(element, [FREE]);
    byTestId(element, 'task-assign')[0].click();
    await settle();
    await type(byTestId<HTMLInputElement>(overlay(), 'task-assign-search')[0], 'bo');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    backend.expectOne((r) => r.url === '/api/admin/participants').flush(page([BO]));
    await settle();
    byTestId(overlay(), 'task-assign-option')[0].click();
    await settle();

    byTestId(overlay(), 'task-assign-save')[0].click();
    backend.expectOne({ method: 'POST', url: '/api/admin/tasks/s3/assignment' }).flush(
      {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        code: 'task.participant_ineligible',
        violations: [
          {
            field: 'UNDER_18_ON_TASK_DATE',
            code: 'eligibility.under_18',
            message: 'UNDER_18_ON_TASK_DATE',
          },
          {
            field: 'NOT_DANISH_CITIZEN',
            code: 'eligibility.not_danish_citizen',
            message: 'NOT_DANISH_CITIZEN',
          },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    const error = byTestId(overlay(), 'error-message')[0];
    expect(error.getAttribute('data-code')).toBe('task.participant_ineligible');
    expect(error.textContent).toContain('Personen opfylder ikke kravene til opgaven.');
    expect(Array.from(error.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Personen er under 18 år på opgavedatoen.',
      'Personen er ikke dansk statsborger.',
    ]);

    byTestId(overlay(), 'task-assign-save')[0].click();
    backend
      .expectOne({ method: 'POST', url: '/api/admin/tasks/s3/assignment' })
      .flush(...problem(409, 'task.time_conflict'));
    await settle();
    expect(byTestId(overlay(), 'error-message')[0].textContent).toContain(
      'Personen har allerede en opgave samme dag',
    );

    byTestId(overlay(), 'task-assign-save')[0].click();
    backend
      .expectOne({ method: 'POST', url: '/api/admin/tasks/s3/assignment' })
      .flush(...problem(409, 'task.not_free'));
    await settle();
    expect(byTestId(overlay(), 'error-message')[0].textContent).toContain(
      'Pladsen er ikke længere ledig.',
    );
  });

  it("records a person's yes given by phone with the seat's version", async () => {
    const element = await render();
    await showSeats(element, [AWAITING]);
    byTestId(element, 'task-accept')[0].click();
    const post = backend.expectOne({ method: 'POST', url: '/api/admin/tasks/s2/acceptance' });
    expect(post.request.body).toEqual({ version: 4 });
    post.flush({ ...AWAITING, status: 'ACCEPTED', version: 5 });
    await reloaded(
      [{ ...SLOT, awaitingReply: 0, accepted: 2 }],
      [{ ...AWAITING, status: 'ACCEPTED' }],
    );
    expect(byTestId(element, 'task-status')[0].textContent).toBe('Accepteret');
    expect(overlay().textContent).toContain('Lise Kristensen har takket ja');
  });

  it('shows translated why an acceptance was refused and loads the seats again', async () => {
    const element = await render();
    await showSeats(element, [AWAITING]);
    byTestId(element, 'task-accept')[0].click();
    backend
      .expectOne({ method: 'POST', url: '/api/admin/tasks/s2/acceptance' })
      .flush(...problem(409, 'task.not_awaiting_reply'));
    await reloaded([SLOT], [FREE]);
    expect(byTestId(element, 'error-message')[0].textContent).toContain(
      'Opgaven afventer ikke længere svar.',
    );
  });

  it('takes a person off an accepted seat only after the admin confirms', async () => {
    const element = await render();
    await showSeats(element, [ACCEPTED]);

    byTestId(element, 'task-release')[0].click();
    await settle();
    expect(byTestId(overlay(), 'confirm-message')[0].textContent).toContain(
      'Anne Andersen har takket ja til opgaven på Rådhuset',
    );
    byTestId(overlay(), 'confirm-no')[0].click();
    await settle();
    backend.expectNone((r) => r.method === 'DELETE');

    byTestId(element, 'task-release')[0].click();
    await settle();
    byTestId(overlay(), 'confirm-yes')[0].click();
    await settle();
    const deletion = backend.expectOne({
      method: 'DELETE',
      url: '/api/admin/tasks/s1/assignment?version=4',
    });
    deletion.flush({ ...FREE, id: 's1', version: 5 });
    await reloaded([{ ...SLOT, accepted: 0, free: 2 }], [{ ...FREE, id: 's1' }]);
    expect(byTestId(element, 'task-status')[0].textContent).toBe('Ledig');
    expect(overlay().textContent).toContain('Anne Andersen er fjernet fra opgaven');
  });

  it('exports the accepted seats to the election system as CSV or Excel with the filters', async () => {
    const element = await render();
    await choose(element, 'task-filter-work-location', 'Rådhuset');
    slotsRequest().flush([SLOT]);
    await settle();
    await type(byTestId<HTMLInputElement>(element, 'task-filter-date')[0], '2027-03-02', 'change');
    slotsRequest().flush([SLOT]);
    await settle();

    byTestId(element, 'task-election-system-export')[0].click();
    await settle();
    expect(byTestId(overlay(), 'task-export-cpr-warning')[0].textContent).toContain(
      'revisionsloggen',
    );
    const url = (id: string) =>
      new URL(byTestId(overlay(), id)[0].getAttribute('href') ?? '', 'http://localhost');
    const csv = url('task-export-csv');
    expect(csv.pathname).toBe('/api/admin/elections/e1/election-system-export');
    expect(csv.searchParams.get('format')).toBe('csv');
    expect(csv.searchParams.get('workLocationId')).toBe('w1');
    expect(csv.searchParams.get('taskDate')).toBe('2027-03-02');
    expect(csv.searchParams.has('taskTypeId')).toBe(false);

    await choose(overlay(), 'task-export-task-type', 'Tilforordnet');
    const xlsx = url('task-export-xlsx');
    expect(xlsx.searchParams.get('format')).toBe('xlsx');
    expect(xlsx.searchParams.get('taskTypeId')).toBe('tt1');
    expect(xlsx.searchParams.get('workLocationId')).toBe('w1');
    expect(url('task-export-csv').searchParams.get('taskTypeId')).toBe('tt1');
  });
});
