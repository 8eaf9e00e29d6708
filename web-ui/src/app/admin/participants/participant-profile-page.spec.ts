import { OverlayContainer } from '@angular/cdk/overlay';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Eligibility, Participant, Task, Team } from '../../core/api/models';
import { ALLOWED, byTestId, page, problem } from '../testing/list-page-testing';
import { ParticipantProfilePage } from './participant-profile-page';
import { PERSON } from './testing/participant-fixtures';

@Component({ template: 'list' })
class ListStub {}

const FRIVILLIGE: Team = {
  id: 't1',
  name: 'Frivillige',
  shortName: 'F',
  description: null,
  version: 0,
};

const ANNE: Participant = {
  id: 'p1',
  cprMasked: '010190-XXXX',
  person: { ...PERSON, addressProtected: true },
  mobile: '20304050',
  email: null,
  specialDietIds: [],
  teamIds: ['t1'],
  responsibleTeamIds: [],
  responsibleWorkLocationIds: [],
  comments: [
    {
      id: 'c1',
      authorName: 'Ada Admin',
      writtenAt: '2026-11-22T10:00:00Z',
      text: 'Ringede\nom formiddagen',
    },
  ],
  createdAt: '2026-11-22T09:00:00Z',
  version: 3,
};

const ELIGIBILITY: Eligibility[] = [
  {
    electionTypeId: 'e1',
    title: 'Folketingsvalg',
    day: '2026-11-22',
    eligible: false,
    rules: [
      { rule: 'ALIVE', passed: true, code: null },
      { rule: 'AGE_18_ON_TASK_DATE', passed: false, code: 'eligibility.under_18' },
    ],
  },
];

const SEAT: Task = {
  id: 's1',
  version: 2,
  electionId: 'e1',
  workLocationId: 'w1',
  workLocationTitle: 'Rådhuset',
  taskTypeId: 'tt1',
  taskTypeTitle: 'Tilforordnet',
  startTime: '07:30',
  endTime: '21:00',
  teamId: 't1',
  teamName: 'Frivillige',
  taskDate: '2027-03-02',
  status: 'ACCEPTED',
  participant: { id: 'p1', name: 'Anne Marie Jensen', addressProtected: true },
};

describe('ParticipantProfilePage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'participants', component: ListStub },
          { path: 'participants/:id', component: ParticipantProfilePage },
        ]),
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

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  async function open(
    participant: Participant = ANNE,
    tasks: Task[] = [SEAT],
  ): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/participants/p1');
    backend.expectOne({ method: 'GET', url: '/api/admin/participants/p1' }).flush(participant);
    backend.expectOne((r) => r.url === '/api/admin/teams').flush(page([FRIVILLIGE]));
    backend.expectOne((r) => r.url === '/api/admin/special-diets').flush(page([]));
    backend.expectOne((r) => r.url === '/api/admin/work-locations').flush(page([]));
    await settle();
    backend.expectOne((r) => r.url === '/api/admin/participants/p1/eligibility').flush(ELIGIBILITY);
    backend.expectOne({ method: 'GET', url: '/api/admin/participants/p1/tasks' }).flush(tasks);
    await settle();
    return harness.routeNativeElement as HTMLElement;
  }

  it('shows the CPR data with its age, the eligibility per rule, contact and comments', async () => {
    const element = await open();
    expect(byTestId(element, 'participant-name')[0].textContent).toBe('Anne Marie Jensen');
    expect(byTestId(element, 'participant-cpr-masked')[0].textContent).toBe('010190-XXXX');
    expect(byTestId(element, 'person-protected')[0].textContent).toContain('Adressebeskyttet');
    expect(byTestId(element, 'person-fetched')[0].textContent).toContain('Hentet fra CPR');
    expect(byTestId(element, 'eligibility-type')[0].textContent).toContain('under 18 år');
    expect(byTestId(element, 'participant-teams-value')[0].textContent).toBe('Frivillige');
    expect(byTestId(element, 'participant-comment')[0].textContent).toContain('Ada Admin');
    expect(element.textContent).not.toContain('0101901234');
  });

  it("lists the person's tasks with day, work location, task type, team and status", async () => {
    const element = await open(ANNE, [
      { ...SEAT, id: 's2', taskDate: '2027-05-26', status: 'AWAITING_REPLY' },
      SEAT,
    ]);
    const section = byTestId(element, 'participant-tasks')[0];
    expect(section.querySelector('h2')?.textContent).toContain('Opgaver');
    const rows = byTestId(section, 'participant-task-row');
    expect(rows.length).toBe(2);
    expect(rows[1].textContent).toContain('Rådhuset');
    expect(rows[1].textContent).toContain('Tilforordnet');
    expect(rows[1].textContent).toContain('07:30–21:00');
    expect(rows[1].textContent).toContain('Frivillige');
    expect(rows[1].textContent).toContain('2027');
    expect(byTestId(rows[0], 'task-status')[0].textContent).toBe('Afventer svar');
    expect(byTestId(rows[1], 'task-status')[0].textContent).toBe('Accepteret');
    expect(byTestId(section, 'participant-no-tasks').length).toBe(0);
  });

  it('says "Ingen opgaver" when the person holds no seat', async () => {
    const element = await open(ANNE, []);
    expect(byTestId(element, 'participant-task-row').length).toBe(0);
    expect(byTestId(element, 'participant-no-tasks')[0].textContent?.trim()).toBe('Ingen opgaver');
  });

  it('shows the whole CPR number only when asked', async () => {
    const element = await open();
    byTestId(element, 'participant-show-cpr')[0].click();
    backend
      .expectOne({ method: 'GET', url: '/api/admin/participants/p1/cpr' })
      .flush({ cpr: '0101901234' });
    await settle();
    expect(byTestId(element, 'participant-cpr-full')[0].textContent).toBe('010190-1234');
  });

  it('adds a comment and shows the participant again', async () => {
    const element = await open();
    const text = byTestId<HTMLTextAreaElement>(element, 'participant-comment-text')[0];
    text.value = ' Kan kun om formiddagen ';
    text.dispatchEvent(new Event('input'));
    byTestId(element, 'participant-comment-add')[0].click();
    const post = backend.expectOne({ method: 'POST', url: '/api/admin/participants/p1/comments' });
    expect(post.request.body).toEqual({ text: 'Kan kun om formiddagen' });
    post.flush({
      id: 'c2',
      authorName: 'Ada',
      writtenAt: '2026-11-22T11:00:00Z',
      text: 'Kan kun om formiddagen',
    });
    await settle();
    backend.expectOne({ method: 'GET', url: '/api/admin/participants/p1' }).flush(ANNE);
    await settle();
    backend.expectOne((r) => r.url === '/api/admin/participants/p1/eligibility').flush(ELIGIBILITY);
  });

  it('edits contact details with the version it was opened with', async () => {
    const element = await open();
    byTestId(element, 'participant-edit')[0].click();
    await settle();
    const mobile = byTestId<HTMLInputElement>(overlay(), 'participant-mobile')[0];
    mobile.value = '61234567';
    mobile.dispatchEvent(new Event('input'));
    byTestId(overlay(), 'participant-save')[0].click();
    const put = backend.expectOne({ method: 'PUT', url: '/api/admin/participants/p1' });
    expect(put.request.body).toEqual({
      teamIds: ['t1'],
      mobile: '61234567',
      email: null,
      specialDietIds: [],
      version: 3,
    });
    put.flush({ ...ANNE, mobile: '61234567', version: 4 });
    await settle();
    backend.expectOne((r) => r.url === '/api/admin/participants/p1/eligibility').flush(ELIGIBILITY);
    await settle();
    expect(byTestId(element, 'participant-mobile-value')[0].textContent).toBe('61234567');
  });

  it('refuses translated to take away a team in which the person has accepted a task', async () => {
    const element = await open();
    byTestId(element, 'participant-edit')[0].click();
    await settle();
    byTestId(overlay(), 'participant-save')[0].click();
    backend
      .expectOne({ method: 'PUT', url: '/api/admin/participants/p1' })
      .flush(...problem(409, 'participant.team_has_accepted_task'));
    await settle();
    expect(byTestId(overlay(), 'error-message')[0].textContent).toContain(
      'Deltageren har takket ja til en opgave for et af de teams, du vil fjerne.',
    );
  });

  it('warns before deletion that the seats the person holds become free', async () => {
    const element = await open();
    byTestId(element, 'participant-delete')[0].click();
    backend.expectOne({ method: 'GET', url: '/api/admin/participants/p1/deletion-preview' }).flush({
      ...ALLOWED,
      warnings: [{ code: 'participant.holds_tasks', params: { count: '2' } }],
    });
    await settle();
    expect(byTestId(overlay(), 'confirm-warning')[0].textContent).toBe(
      'Deltageren har 2 opgave(r). Pladserne bliver ledige igen.',
    );
    byTestId(overlay(), 'confirm-no')[0].click();
    await settle();
  });

  it('deletes after the consequences were confirmed and goes back to the list', async () => {
    const element = await open();
    byTestId(element, 'participant-delete')[0].click();
    backend.expectOne({ method: 'GET', url: '/api/admin/participants/p1/deletion-preview' }).flush({
      ...ALLOWED,
      warnings: [{ code: 'participant.team_responsible', params: { count: '1' } }],
    });
    await settle();
    expect(byTestId(overlay(), 'confirm-warning')[0].textContent).toContain('teamansvarlig for 1');
    byTestId(overlay(), 'confirm-yes')[0].click();
    await settle();
    const deletion = backend.expectOne({
      method: 'DELETE',
      url: '/api/admin/participants/p1?confirmed=true',
    });
    deletion.flush(null);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/participants');
  });
});
