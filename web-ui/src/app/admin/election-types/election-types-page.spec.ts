import { OverlayContainer } from '@angular/cdk/overlay';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { ElectionType, Page } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { SEARCH_DEBOUNCE_MS } from '../shared/paged-search-list';
import { TranslatedPaginatorIntl } from '../shared/translated-paginator-intl';
import { ElectionTypesPage } from './election-types-page';
import { ALLOWED, byTestId, page, problem } from '../testing/list-page-testing';

const FOLKETING: ElectionType = {
  id: 't1',
  title: 'Folketingsvalg',
  // deliberately not in display order
  rules: ['DANISH_CITIZENSHIP', 'AGE_18_ON_TASK_DATE'],
  version: 4,
};
const KOMMUNAL: ElectionType = {
  id: 't2',
  title: 'Kommunalvalg',
  rules: ['RESIDENT_IN_MUNICIPALITY'],
  version: 0,
};
const OEVELSE: ElectionType = { id: 't3', title: 'Øvelse', rules: [], version: 1 };

describe('ElectionTypesPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ElectionTypesPage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ElectionTypesPage],
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

  const listRequest = (): TestRequest =>
    backend.expectOne(
      (request) => request.method === 'GET' && request.url === '/api/admin/election-types',
    );

  async function render(first: Page<ElectionType>): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ElectionTypesPage);
    const request = listRequest();
    expect(request.request.params.get('page')).toBe('0');
    expect(request.request.params.get('size')).toBe('25');
    expect(request.request.params.has('q')).toBe(false);
    request.flush(first);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function overlay(): HTMLElement {
    return TestBed.inject(OverlayContainer).getContainerElement();
  }

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  }

  /** The native checkbox inside the mat-checkbox that carries data-testid="rule-<code>". */
  function ruleBox(code: string): HTMLInputElement {
    const checkbox = byTestId(overlay(), `rule-${code}`)[0];
    expect(checkbox?.tagName.toLowerCase()).toBe('mat-checkbox');
    return checkbox.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  }

  function answerPreview(id: string, preview: object): void {
    backend
      .expectOne({ method: 'GET', url: `/api/admin/election-types/${id}/deletion-preview` })
      .flush(preview);
  }

  const ruleTexts = (row: HTMLElement) =>
    byTestId(row, 'election-type-rule').map((chip) => chip.textContent?.trim());

  it('renders each election type with its translated rules in a fixed order', async () => {
    const element = await render(
      page([FOLKETING, KOMMUNAL, OEVELSE, { ...OEVELSE, id: 't4', rules: ['FUTURE_RULE'] }]),
    );
    expect(element.querySelector('h1')?.textContent).toBe('Valgtyper');
    const rows = byTestId(element, 'election-type-row');
    expect(rows.length).toBe(4);
    expect(rows[0].textContent).toContain('Folketingsvalg');
    expect(ruleTexts(rows[0])).toEqual(['Mindst 18 år på opgavedatoen', 'Dansk statsborgerskab']);
    expect(ruleTexts(rows[1])).toEqual(['Bopæl i kommunen']);
    expect(ruleTexts(rows[2])).toEqual([]);
    expect(rows[2].textContent).toContain('Ingen krav');
    // a rule this UI does not know yet is shown by its code rather than hidden
    expect(ruleTexts(rows[3])).toEqual(['FUTURE_RULE']);
    expect(byTestId(rows[0], 'election-type-edit').length).toBe(1);
    expect(byTestId(rows[0], 'election-type-delete')[0].getAttribute('aria-label')).toBe(
      'Slet valgtypen Folketingsvalg',
    );

    TestBed.inject(I18nService).use('en');
    await settle();
    expect(ruleTexts(byTestId(element, 'election-type-row')[0])).toEqual([
      'At least 18 on the task date',
      'Danish citizenship',
    ]);
    expect(element.querySelector('h1')?.textContent).toBe('Election types');
  });

  it('shows an empty state when there are no election types', async () => {
    const element = await render(page([]));
    expect(byTestId(element, 'election-type-row').length).toBe(0);
    expect(byTestId(element, 'election-types-empty')[0].textContent?.trim()).toBe(
      'Der er endnu ingen valgtyper.',
    );
  });

  it('searches on the server with q after the debounce, starting again at page 0', async () => {
    const element = await render(page([FOLKETING], 30));
    element.querySelector<HTMLButtonElement>('button[aria-label="Næste side"]')!.click();
    const next = listRequest();
    expect(next.request.params.get('page')).toBe('1');
    expect(next.request.params.get('size')).toBe('25');
    next.flush(page([OEVELSE], 30, 1));
    await settle();
    expect(element.textContent).toContain('26–30 af 30');

    await type(byTestId<HTMLInputElement>(element, 'election-type-search')[0], 'kommu');
    backend.expectNone((request) => request.url === '/api/admin/election-types');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));

    const searched = listRequest();
    expect(searched.request.params.get('q')).toBe('kommu');
    expect(searched.request.params.get('page')).toBe('0');
    searched.flush(page([KOMMUNAL], 27));
    await settle();
    const rows = byTestId(element, 'election-type-row');
    expect(rows.length).toBe(1);
    expect(rows[0].textContent).toContain('Kommunalvalg');
    expect(element.textContent).toContain('1–25 af 27');

    // paging keeps the search
    element.querySelector<HTMLButtonElement>('button[aria-label="Næste side"]')!.click();
    const paged = listRequest();
    expect(paged.request.params.get('q')).toBe('kommu');
    expect(paged.request.params.get('page')).toBe('1');
    paged.flush(page([KOMMUNAL], 27, 1));
    await settle();
  });

  it('creates an election type with POST, sending the ticked rules in display order', async () => {
    const element = await render(page([FOLKETING]));
    byTestId(element, 'election-type-create')[0].click();
    await settle();

    const labels = [
      'AGE_18_ON_TASK_DATE',
      'DANISH_CITIZENSHIP',
      'RESIDENT_IN_MUNICIPALITY',
      'NOT_UNDER_GUARDIANSHIP',
    ].map((code) => byTestId(overlay(), `rule-${code}`)[0]?.textContent?.trim());
    expect(labels).toEqual([
      'Mindst 18 år på opgavedatoen',
      'Dansk statsborgerskab',
      'Bopæl i kommunen',
      'Ikke umyndiggjort',
    ]);

    await type(
      byTestId<HTMLInputElement>(overlay(), 'election-type-title')[0],
      ' Regionsrådsvalg ',
    );
    ruleBox('NOT_UNDER_GUARDIANSHIP').click();
    ruleBox('AGE_18_ON_TASK_DATE').click();
    await settle();
    expect(ruleBox('AGE_18_ON_TASK_DATE').checked).toBe(true);
    expect(ruleBox('DANISH_CITIZENSHIP').checked).toBe(false);
    byTestId(overlay(), 'election-type-save')[0].click();
    await settle();

    const post = backend.expectOne({ method: 'POST', url: '/api/admin/election-types' });
    expect(post.request.body).toEqual({
      title: 'Regionsrådsvalg',
      rules: ['AGE_18_ON_TASK_DATE', 'NOT_UNDER_GUARDIANSHIP'],
    });
    const created = {
      id: 't9',
      title: 'Regionsrådsvalg',
      rules: post.request.body.rules,
      version: 0,
    };
    post.flush(created, { status: 201, statusText: 'Created' });
    await settle();

    listRequest().flush(page([FOLKETING, created]));
    await settle();
    expect(byTestId(overlay(), 'election-type-title').length).toBe(0);
    expect(byTestId(element, 'election-type-row').length).toBe(2);
    expect(overlay().textContent).toContain('Valgtypen Regionsrådsvalg er oprettet.');
  });

  it('edits an election type with PUT, starting from its rules and sending its version', async () => {
    const element = await render(page([FOLKETING, KOMMUNAL]));
    byTestId(element, 'election-type-edit')[0].click();
    await settle();

    expect(byTestId<HTMLInputElement>(overlay(), 'election-type-title')[0].value).toBe(
      'Folketingsvalg',
    );
    expect(ruleBox('AGE_18_ON_TASK_DATE').checked).toBe(true);
    expect(ruleBox('DANISH_CITIZENSHIP').checked).toBe(true);
    expect(ruleBox('RESIDENT_IN_MUNICIPALITY').checked).toBe(false);

    ruleBox('DANISH_CITIZENSHIP').click();
    ruleBox('RESIDENT_IN_MUNICIPALITY').click();
    await settle();
    byTestId(overlay(), 'election-type-save')[0].click();
    await settle();

    const put = backend.expectOne({ method: 'PUT', url: '/api/admin/election-types/t1' });
    expect(put.request.body).toEqual({
      title: 'Folketingsvalg',
      rules: ['AGE_18_ON_TASK_DATE', 'RESIDENT_IN_MUNICIPALITY'],
      version: 4,
    });
    put.flush({ ...FOLKETING, rules: put.request.body.rules, version: 5 });
    await settle();
    listRequest().flush(
      page([{ ...FOLKETING, rules: put.request.body.rules, version: 5 }, KOMMUNAL]),
    );
    await settle();
    expect(ruleTexts(byTestId(element, 'election-type-row')[0])).toEqual([
      'Mindst 18 år på opgavedatoen',
      'Bopæl i kommunen',
    ]);
    expect(overlay().textContent).toContain('Valgtypen Folketingsvalg er gemt.');
  });

  it('keeps rules it does not know when saving an edit', async () => {
    const element = await render(
      page([{ ...KOMMUNAL, rules: ['FUTURE_RULE', 'RESIDENT_IN_MUNICIPALITY'] }]),
    );
    byTestId(element, 'election-type-edit')[0].click();
    await settle();
    byTestId(overlay(), 'election-type-save')[0].click();
    await settle();
    const put = backend.expectOne({ method: 'PUT', url: '/api/admin/election-types/t2' });
    expect(put.request.body.rules).toEqual(['RESIDENT_IN_MUNICIPALITY', 'FUTURE_RULE']);
    put.flush(...problem(404, 'election_type.not_found'));
    await settle();
    expect(byTestId(overlay(), 'error-message')[0].textContent).toContain(
      'Valgtypen findes ikke længere.',
    );
  });

  it('shows the translated server error when the title is taken and keeps the form open', async () => {
    const element = await render(page([FOLKETING]));
    byTestId(element, 'election-type-create')[0].click();
    await settle();
    await type(byTestId<HTMLInputElement>(overlay(), 'election-type-title')[0], 'Folketingsvalg');
    byTestId(overlay(), 'election-type-save')[0].click();
    await settle();

    const post = backend.expectOne({ method: 'POST' });
    expect(post.request.body).toEqual({ title: 'Folketingsvalg', rules: [] });
    post.flush(...problem(409, 'election_type.title_taken'));
    await settle();

    const error = byTestId(overlay(), 'error-message')[0];
    expect(error.textContent).toContain('Der findes allerede en valgtype med den titel.');
    expect(error.getAttribute('data-code')).toBe('election_type.title_taken');
    expect(byTestId(overlay(), 'election-type-title').length).toBe(1);

    byTestId(overlay(), 'election-type-cancel')[0].click();
    await settle();
    expect(byTestId(overlay(), 'election-type-title').length).toBe(0);
  });

  it('shows why an election type in use cannot be deleted, without a "yes" button', async () => {
    const element = await render(page([FOLKETING]));
    byTestId(element, 'election-type-delete')[0].click();
    answerPreview('t1', {
      allowed: false,
      blockers: [{ code: 'election_type.in_use', params: { count: '3' } }],
      warnings: [],
    });
    await settle();

    expect(byTestId(overlay(), 'confirm-blocker').map((b) => b.textContent?.trim())).toEqual([
      'Valgtypen bruges af 3 valg.',
    ]);
    expect(byTestId(overlay(), 'confirm-yes').length).toBe(0);
    expect(byTestId(overlay(), 'confirm-message').length).toBe(0);
    byTestId(overlay(), 'confirm-no')[0].click();
    await settle();
    backend.expectNone({ method: 'DELETE' });
  });

  it('deletes with confirmed=true only after "yes" and reloads', async () => {
    const element = await render(page([FOLKETING, KOMMUNAL]));
    byTestId(byTestId(element, 'election-type-row')[1], 'election-type-delete')[0].click();
    answerPreview('t2', ALLOWED);
    await settle();

    expect(byTestId(overlay(), 'confirm-message')[0].textContent).toBe(
      'Er du sikker på, at du vil slette valgtypen Kommunalvalg?',
    );
    expect(byTestId(overlay(), 'confirm-yes')[0].textContent?.trim()).toBe('Slet');
    backend.expectNone({ method: 'DELETE' });

    byTestId(overlay(), 'confirm-yes')[0].click();
    await settle();
    backend
      .expectOne(
        (request) =>
          request.method === 'DELETE' &&
          request.url === '/api/admin/election-types/t2' &&
          request.params.get('confirmed') === 'true',
      )
      .flush(null, { status: 204, statusText: 'No Content' });
    listRequest().flush(page([FOLKETING]));
    await settle();

    expect(byTestId(element, 'election-type-row').length).toBe(1);
    expect(overlay().textContent).toContain('Valgtypen Kommunalvalg er slettet.');
  });

  it('shows the translated reason when the server refuses the deletion after all', async () => {
    const element = await render(page([FOLKETING]));
    byTestId(element, 'election-type-delete')[0].click();
    answerPreview('t1', ALLOWED);
    await settle();
    byTestId(overlay(), 'confirm-yes')[0].click();
    await settle();

    backend.expectOne({ method: 'DELETE' }).flush(...problem(409, 'election_type.in_use'));
    listRequest().flush(page([FOLKETING]));
    await settle();

    const errors = byTestId(element, 'error-message');
    expect(errors.length).toBe(1);
    expect(errors[0].textContent).toContain('bruges af et eller flere valg');
  });
});
