import { OverlayContainer } from '@angular/cdk/overlay';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { Election, TaskSlot, TaskType, Team, WorkLocation } from '../../core/api/models';
import { byTestId } from '../testing/list-page-testing';
import {
  TaskDistributeDialog,
  TaskDistributeDialogData,
  dayWithin,
} from './task-distribute-dialog';
import { FormControl } from '@angular/forms';

const ELECTION: Election = {
  id: 'e1',
  title: 'Regionsrådsvalg 2029',
  electionTypeId: 'rv',
  lockPeriodDays: 5,
  periodStart: '2029-11-01',
  periodEnd: '2029-11-30',
  electionDate: '2029-11-20',
  active: false,
  workLocationIds: ['w1', 'w2'],
  version: 0,
};

const base = { areaId: 'a1', address: null, postalCode: null, city: null, version: 0 };
const LOCATIONS: WorkLocation[] = [
  {
    id: 'w1',
    title: 'Rådhuset',
    votingAreaNumber: 1,
    teamIds: ['t1'],
    taskTypeIds: ['tt1'],
    ...base,
  },
  { id: 'w2', title: 'Skolen', votingAreaNumber: null, teamIds: ['t2'], taskTypeIds: [], ...base },
];
const TASK_TYPES = [
  { id: 'tt1', title: 'Tilforordnet', startTime: '07:30', endTime: '21:00' } as TaskType,
];
const TEAMS: Team[] = [
  { id: 't1', name: 'Venstre', shortName: 'V', description: null, version: 0 },
  { id: 't2', name: 'Frivillige', shortName: 'F', description: null, version: 0 },
];
const SLOT: TaskSlot = {
  workLocationId: 'w1',
  workLocationTitle: 'Rådhuset',
  votingArea: 1,
  taskTypeId: 'tt1',
  taskTypeTitle: 'Tilforordnet',
  teamId: 't1',
  teamName: 'Venstre',
  taskDate: '2029-11-20',
  total: 6,
  free: 6,
  awaitingReply: 0,
  accepted: 0,
};
const SLOTS_URL = '/api/admin/elections/e1/task-slots';

describe('TaskDistributeDialog', () => {
  let backend: HttpTestingController;
  let ref: MatDialogRef<TaskDistributeDialog, TaskSlot>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
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
    await TestBed.inject(ApplicationRef).whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await TestBed.inject(ApplicationRef).whenStable();
  }

  async function open(slot: TaskSlot | null): Promise<TaskDistributeDialog> {
    const data: TaskDistributeDialogData = {
      election: ELECTION,
      workLocations: LOCATIONS,
      taskTypes: TASK_TYPES,
      teams: TEAMS,
      slot,
    };
    ref = TestBed.inject(MatDialog).open(TaskDistributeDialog, { data });
    await settle();
    return ref.componentInstance;
  }

  it('lets the count follow the chosen slot until the admin types a number', async () => {
    const dialog = await open(null);
    const { controls } = dialog.form;
    expect(controls.count.value).toBeNull();
    controls.workLocationId.setValue('w1');
    backend
      .expectOne((r) => r.url === SLOTS_URL && r.params.get('workLocationId') === 'w1')
      .flush([SLOT]);
    controls.taskTypeId.setValue('tt1');
    controls.teamId.setValue('t1');
    await settle();
    expect(controls.count.value).toBe(6);
    expect(byTestId(overlay(), 'task-distribute-current')[0].textContent).toContain(
      'Nu 6 pladser, heraf 0 besat.',
    );

    controls.count.setValue(8);
    controls.count.markAsDirty();
    controls.taskDate.setValue('2029-11-21');
    backend
      .expectOne((r) => r.url === SLOTS_URL && r.params.get('taskDate') === '2029-11-21')
      .flush([]);
    await settle();
    expect(controls.count.value).toBe(8);
    expect(byTestId(overlay(), 'task-distribute-current').length).toBe(0);
  });

  it('drops the task type and team when another work location does not have them', async () => {
    const dialog = await open(SLOT);
    backend.expectOne((r) => r.url === SLOTS_URL).flush([SLOT]);
    await settle();
    const { controls } = dialog.form;
    expect(controls.taskTypeId.value).toBe('tt1');
    controls.workLocationId.setValue('w2');
    backend.expectOne((r) => r.url === SLOTS_URL).flush([]);
    await settle();
    expect(controls.taskTypeId.value).toBe('');
    expect(controls.teamId.value).toBe('');
    expect(byTestId(overlay(), 'task-distribute-no-task-types')[0].textContent).toContain(
      'Arbejdsstedet har ingen opgavetyper',
    );
    ref.close();
    await settle();
  });

  it('accepts only days of the election period', () => {
    const validator = dayWithin('2029-11-01', '2029-11-30');
    const check = (value: string) => validator(new FormControl(value));
    expect(check('2029-11-01')).toBeNull();
    expect(check('2029-11-30')).toBeNull();
    expect(check('2029-10-31')).toEqual({ outsidePeriod: true });
    expect(check('2029-12-01')).toEqual({ outsidePeriod: true });
    expect(check('2029-02-30')).toEqual({ isoDay: true });
  });
});
