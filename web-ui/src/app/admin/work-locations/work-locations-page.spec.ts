import { OverlayContainer } from '@angular/cdk/overlay';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { Page, TaskType, Team, WorkLocation } from '../../core/api/models';
import { TranslatedPaginatorIntl } from '../shared/translated-paginator-intl';
import { WorkLocationsPage } from './work-locations-page';
import { byTestId, page } from '../testing/list-page-testing';

const AREAS = [
  { id: 'a1', name: 'Nord', description: null, version: 0 },
  { id: 'a2', name: 'Syd', description: null, version: 0 },
];
const TEAMS: Team[] = [
  { id: 't1', name: 'Frivillige', shortName: 'F', description: null, version: 0 },
  { id: 't2', name: 'Venstre', shortName: 'V', description: null, version: 0 },
];
const TASK_TYPES: TaskType[] = [
  taskType('k1', 'Tilforordnet', 'TF'),
  taskType('k2', 'Valgstyrer', 'VS'),
];

function taskType(id: string, title: string, shortName: string): TaskType {
  return {
    id,
    title,
    shortName,
    description: '',
    startTime: '08:00',
    endTime: '20:00',
    payment: null,
    validationNotRequired: false,
    trusted: false,
    sendReminder: false,
    files: [],
    version: 0,
  };
}

const SKOLEN: WorkLocation = {
  id: 'w1',
  areaId: 'a2',
  title: 'Skolen',
  address: 'Skolevej 1',
  postalCode: '8000',
  city: 'Aarhus C',
  votingAreaNumber: 3,
  teamIds: ['t2', 't1'],
  taskTypeIds: ['k2'],
  version: 1,
};

describe('WorkLocationsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<WorkLocationsPage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [WorkLocationsPage],
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
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/admin/work-locations');
  const overlay = () => TestBed.inject(OverlayContainer).getContainerElement();

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function render(first: Page<WorkLocation>): Promise<HTMLElement> {
    fixture = TestBed.createComponent(WorkLocationsPage);
    listRequest().flush(first);
    backend.expectOne('/api/admin/areas').flush(AREAS);
    const teams = backend.expectOne((r) => r.url === '/api/admin/teams');
    expect(teams.request.params.get('size')).toBe('200');
    teams.flush(page(TEAMS));
    const taskTypes = backend.expectOne((r) => r.url === '/api/admin/task-types');
    expect(taskTypes.request.params.get('size')).toBe('200');
    taskTypes.flush(page(TASK_TYPES));
    await settle();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows each location with its area, address, voting area, team and task type names', async () => {
    const element = await render(page([SKOLEN]));
    const row = byTestId(element, 'work-location-row')[0];
    expect(row.textContent).toContain('Skolen');
    expect(byTestId(row, 'work-location-area-cell')[0].textContent?.trim()).toBe('Syd');
    expect(row.textContent).toContain('Skolevej 1, 8000 Aarhus C');
    expect(byTestId(row, 'work-location-team').map((c) => c.textContent?.trim())).toEqual([
      'Venstre',
      'Frivillige',
    ]);
    expect(byTestId(row, 'work-location-task-type').map((c) => c.textContent?.trim())).toEqual([
      'Valgstyrer',
    ]);
  });

  it('edits a location with its version and shows a refusal by an active election', async () => {
    const element = await render(page([SKOLEN]));
    byTestId(element, 'work-location-edit')[0].click();
    await settle();
    const title = byTestId<HTMLInputElement>(overlay(), 'work-location-title')[0];
    expect(title.value).toBe('Skolen');
    expect(byTestId<HTMLInputElement>(overlay(), 'work-location-voting-area')[0].value).toBe('3');
    byTestId(overlay(), 'work-location-save')[0].click();
    await settle();
    const put = backend.expectOne({ method: 'PUT', url: '/api/admin/work-locations/w1' });
    expect(put.request.body).toEqual({
      areaId: 'a2',
      title: 'Skolen',
      address: 'Skolevej 1',
      postalCode: '8000',
      city: 'Aarhus C',
      votingAreaNumber: 3,
      teamIds: ['t2', 't1'],
      taskTypeIds: ['k2'],
      version: 1,
    });
    put.flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'work_location.in_active_election',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(byTestId(overlay(), 'error-message')[0].textContent).toContain(
      'Et aktivt valg omfatter',
    );
  });

  it('refuses a postal code that is not four digits before sending', async () => {
    const element = await render(page([SKOLEN]));
    byTestId(element, 'work-location-edit')[0].click();
    await settle();
    const postalCode = byTestId<HTMLInputElement>(overlay(), 'work-location-postal-code')[0];
    postalCode.value = '800';
    postalCode.dispatchEvent(new Event('input'));
    byTestId(overlay(), 'work-location-save')[0].click();
    await settle();
    backend.expectNone({ method: 'PUT' });
    expect(overlay().textContent).toContain('Postnummeret skal være fire cifre.');
  });
});
