import { OverlayContainer } from '@angular/cdk/overlay';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { Election, ElectionType, Page, WorkLocation } from '../../core/api/models';
import { ELECTION_STORAGE_KEY, ElectionContext } from '../shared/election-context';
import { TranslatedPaginatorIntl } from '../shared/translated-paginator-intl';
import { byTestId, page, problem } from '../testing/list-page-testing';
import { ElectionsPage } from './elections-page';
import { electionPeriod, formatDay, isIsoDay } from './election-form';
import { FormControl, FormGroup } from '@angular/forms';

const TYPES: ElectionType[] = [
  { id: 'ft', title: 'Folketingsvalg', rules: ['AGE_18_ON_TASK_DATE'], version: 0 },
];

function location(id: string, title: string): WorkLocation {
  return {
    id,
    areaId: 'a1',
    title,
    address: null,
    postalCode: null,
    city: null,
    votingAreaNumber: null,
    teamIds: [],
    taskTypeIds: [],
    version: 0,
  };
}

const LOCATIONS = [location('w1', 'Rådhuset'), location('w2', 'Skolen')];

const FT: Election = {
  id: 'e1',
  title: 'Folketingsvalg 2027',
  electionTypeId: 'ft',
  lockPeriodDays: 5,
  periodStart: '2027-02-01',
  periodEnd: '2027-03-31',
  electionDate: '2027-03-02',
  active: false,
  workLocationIds: ['w1', 'w2'],
  version: 3,
};

describe('ElectionsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ElectionsPage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ElectionsPage],
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
    backend.expectOne(
      (r) =>
        r.method === 'GET' && r.url === '/api/admin/elections' && r.params.get('size') !== '100',
    );
  const contextRequest = () =>
    backend.expectOne(
      (r) =>
        r.method === 'GET' && r.url === '/api/admin/elections' && r.params.get('size') === '100',
    );
  const overlay = () => TestBed.inject(OverlayContainer).getContainerElement();

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function render(first: Page<Election>): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ElectionsPage);
    listRequest().flush(first);
    backend.expectOne((r) => r.url === '/api/admin/election-types').flush(page(TYPES));
    backend.expectOne((r) => r.url === '/api/admin/work-locations').flush(page(LOCATIONS));
    await settle();
    return fixture.nativeElement as HTMLElement;
  }

  function type(root: ParentNode, id: string, value: string): void {
    const input = byTestId<HTMLInputElement>(root, id)[0];
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('shows each election with its type, days, size and state', async () => {
    const element = await render(page([{ ...FT, active: true }]));
    const row = byTestId(element, 'election-row')[0];
    expect(row.textContent).toContain('Folketingsvalg 2027');
    expect(byTestId(row, 'election-type-cell')[0].textContent?.trim()).toBe('Folketingsvalg');
    expect(byTestId(row, 'election-date-cell')[0].textContent?.trim()).toBe(
      formatDay('2027-03-02', 'da'),
    );
    expect(
      row
        .querySelector('[data-testid="election-active-toggle"] button')
        ?.getAttribute('aria-checked'),
    ).toBe('true');
  });

  it('filters by state on the server', async () => {
    await render(page([FT]));
    fixture.componentInstance.filterByState('active');
    const request = listRequest();
    expect(request.request.params.get('active')).toBe('true');
    request.flush(page([]));
    await settle();
    expect(byTestId(fixture.nativeElement, 'elections-empty')[0].textContent).toContain(
      'Ingen valg matcher',
    );
  });

  it('activates an election only after the admin confirms, and refreshes the switcher', async () => {
    const element = await render(page([FT]));
    element.querySelector<HTMLElement>('[data-testid="election-active-toggle"] button')!.click();
    await settle();
    expect(byTestId(overlay(), 'confirm-message')[0].textContent).toContain(
      'kan deltagerne se valget',
    );
    byTestId(overlay(), 'confirm-yes')[0].click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/admin/elections/e1/activation' })
      .flush({ ...FT, active: true, version: 4 });
    listRequest().flush(page([{ ...FT, active: true, version: 4 }]));
    contextRequest().flush(page([{ ...FT, active: true, version: 4 }]));
    await settle();
  });

  it('shows why an ended election cannot be activated', async () => {
    const element = await render(page([FT]));
    element.querySelector<HTMLElement>('[data-testid="election-active-toggle"] button')!.click();
    await settle();
    byTestId(overlay(), 'confirm-yes')[0].click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/admin/elections/e1/activation' })
      .flush(...problem(409, 'election.period_ended'));
    listRequest().flush(page([FT]));
    await settle();
    expect(byTestId(element, 'error-message')[0].textContent).toContain('Valgets periode er slut');
  });

  it('creates an election through the wizard with its period and work locations', async () => {
    const element = await render(page([]));
    byTestId(element, 'election-create')[0].click();
    await settle();
    type(overlay(), 'election-title', ' Folketingsvalg 2027 ');
    fixture.componentInstance[
      'dialog'
    ].openDialogs[0].componentInstance.basics.controls.electionTypeId.setValue('ft');
    byTestId(overlay(), 'election-next-1')[0].click();
    await settle();
    type(overlay(), 'election-period-start', '2027-02-01');
    type(overlay(), 'election-period-end', '2027-03-31');
    type(overlay(), 'election-date', '2027-04-01');
    byTestId(overlay(), 'election-next-2')[0].click();
    await settle();
    expect(overlay().textContent).toContain('valgdagen skal ligge i perioden');
    type(overlay(), 'election-date', '2027-03-02');
    byTestId(overlay(), 'election-next-2')[0].click();
    await settle();
    byTestId(overlay(), 'election-save')[0].click();
    await settle();
    backend.expectNone({ method: 'POST', url: '/api/admin/elections' });
    expect(overlay().textContent).toContain('Vælg mindst ét arbejdssted.');
    byTestId(overlay(), 'election-all-locations')[0].click();
    byTestId(overlay(), 'election-save')[0].click();
    await settle();
    const post = backend.expectOne({ method: 'POST', url: '/api/admin/elections' });
    expect(post.request.body).toEqual({
      title: 'Folketingsvalg 2027',
      electionTypeId: 'ft',
      lockPeriodDays: 5,
      periodStart: '2027-02-01',
      periodEnd: '2027-03-31',
      electionDate: '2027-03-02',
      workLocationIds: ['w1', 'w2'],
    });
    post.flush(FT);
    await settle();
    listRequest().flush(page([FT]));
    contextRequest().flush(page([FT]));
    await settle();
  });

  it('locks type, period and existing work locations of an active election while editing', async () => {
    const element = await render(page([{ ...FT, active: true, workLocationIds: ['w1'] }]));
    byTestId(element, 'election-edit')[0].click();
    await settle();
    expect(byTestId(overlay(), 'election-active-locked')).toHaveLength(1);
    const boxes = byTestId(overlay(), 'election-work-location');
    expect(boxes[0].querySelector('input')!.disabled).toBe(true);
    expect(boxes[1].querySelector('input')!.disabled).toBe(false);
    byTestId(overlay(), 'election-save')[0].click();
    await settle();
    const put = backend.expectOne({ method: 'PUT', url: '/api/admin/elections/e1' });
    expect(put.request.body.version).toBe(3);
    expect(put.request.body.periodStart).toBe('2027-02-01');
    put.flush(...problem(409, 'election.active_period'));
    await settle();
    expect(byTestId(overlay(), 'error-message')[0].textContent).toContain(
      'periode og valgdag kan ikke ændres',
    );
  });

  it('copies an election to a new date with the chosen work locations', async () => {
    const element = await render(page([FT]));
    byTestId(element, 'election-duplicate')[0].click();
    await settle();
    expect(byTestId<HTMLInputElement>(overlay(), 'duplicate-title')[0].value).toBe(
      'Folketingsvalg 2027',
    );
    type(overlay(), 'duplicate-title', 'Folketingsvalg 2031');
    type(overlay(), 'duplicate-election-date', '2031-03-04');
    byTestId(overlay(), 'duplicate-work-location')[0].querySelector('input')!.click();
    await settle();
    byTestId(overlay(), 'duplicate-save')[0].click();
    await settle();
    const post = backend.expectOne({ method: 'POST', url: '/api/admin/elections/e1/duplicates' });
    expect(post.request.body).toEqual({
      title: 'Folketingsvalg 2031',
      electionTypeId: 'ft',
      lockPeriodDays: 5,
      electionDate: '2031-03-04',
      daysBefore: 30,
      daysAfter: 1,
      workLocationIds: ['w2'],
    });
    post.flush({ ...FT, id: 'e2', title: 'Folketingsvalg 2031' });
    await settle();
    listRequest().flush(page([FT]));
    contextRequest().flush(page([FT]));
    await settle();
  });

  it('makes an election the one the admin works on', async () => {
    const context = TestBed.inject(ElectionContext);
    const element = await render(page([FT, { ...FT, id: 'e0', title: 'Kommunalvalg 2025' }]));
    expect(byTestId(element, 'election-current')).toHaveLength(0);
    byTestId(element, 'election-work-on')[1].click();
    await settle();
    expect(localStorage.getItem(ELECTION_STORAGE_KEY)).toBe('e0');
    expect(context.current()).toBeNull();
    context.load();
    contextRequest().flush(page([FT, { ...FT, id: 'e0', title: 'Kommunalvalg 2025' }]));
    await settle();
    expect(context.current()?.title).toBe('Kommunalvalg 2025');
    expect(byTestId(element, 'election-current')[0].textContent).toContain('Kommunalvalg 2025');
  });
});

describe('election form rules', () => {
  it('accepts only real ISO days', () => {
    expect(isIsoDay('2027-03-02')).toBe(true);
    expect(isIsoDay('2027-02-29')).toBe(false);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('02-03-2027')).toBe(false);
  });

  it('wants the period to start before it ends and to hold the election day', () => {
    const group = (start: string, end: string, day: string) =>
      new FormGroup(
        { s: new FormControl(start), e: new FormControl(end), d: new FormControl(day) },
        { validators: electionPeriod('s', 'e', 'd') },
      );
    expect(group('2027-02-01', '2027-03-31', '2027-03-02').valid).toBe(true);
    expect(group('2027-02-01', '2027-03-31', '2027-03-31').valid).toBe(true);
    expect(group('2027-03-31', '2027-02-01', '2027-03-02').hasError('period')).toBe(true);
    expect(group('2027-02-01', '2027-02-01', '2027-02-01').hasError('period')).toBe(true);
    expect(group('2027-02-01', '2027-03-31', '2027-04-01').hasError('period')).toBe(true);
    expect(group('', '2027-03-31', '2027-04-01').hasError('period')).toBe(false);
  });
});
