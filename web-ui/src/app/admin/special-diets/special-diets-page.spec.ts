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
import { Page, SpecialDiet } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { SEARCH_DEBOUNCE_MS } from '../shared/paged-search-list';
import { TranslatedPaginatorIntl } from '../shared/translated-paginator-intl';
import { SpecialDietsPage } from './special-diets-page';
import { ALLOWED, byTestId, page, problem } from '../testing/list-page-testing';

const VEGETAR: SpecialDiet = { id: 'd1', title: 'Vegetar', version: 2 };
const GLUTENFRI: SpecialDiet = { id: 'd2', title: 'Glutenfri', version: 0 };
const OEKO: SpecialDiet = { id: 'd3', title: 'Økologisk', version: 1 };

describe('SpecialDietsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<SpecialDietsPage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [SpecialDietsPage],
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

  /** The one pending list request (GET /api/admin/special-diets with any query). */
  const listRequest = (): TestRequest =>
    backend.expectOne(
      (request) => request.method === 'GET' && request.url === '/api/admin/special-diets',
    );

  async function render(first: Page<SpecialDiet>): Promise<HTMLElement> {
    fixture = TestBed.createComponent(SpecialDietsPage);
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

  /** Elements in dialogs and snack bars live in the CDK overlay container, outside the component. */
  function overlay(): HTMLElement {
    return TestBed.inject(OverlayContainer).getContainerElement();
  }

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  }

  const waitForDebounce = () =>
    new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));

  function answerPreview(id: string, preview: object): void {
    backend
      .expectOne({ method: 'GET', url: `/api/admin/special-diets/${id}/deletion-preview` })
      .flush(preview);
  }

  const titles = (root: HTMLElement) =>
    byTestId(root, 'diet-row').map((row) =>
      byTestId(row, 'diet-title-cell')[0].textContent?.trim(),
    );

  it('renders one row per diet from the server page, with edit and delete buttons', async () => {
    const element = await render(page([GLUTENFRI, VEGETAR, OEKO]));
    expect(element.querySelector('h1')?.textContent).toBe('Specialkost');
    expect(titles(element)).toEqual(['Glutenfri', 'Vegetar', 'Økologisk']);
    const first = byTestId(element, 'diet-row')[0];
    expect(byTestId(first, 'diet-edit')[0].textContent?.trim()).toBe('Rediger');
    expect(byTestId(first, 'diet-delete')[0].getAttribute('aria-label')).toBe(
      'Slet specialkosten Glutenfri',
    );
    expect(byTestId(element, 'diet-create')[0].textContent?.trim()).toBe('Opret specialkost');
    expect(element.textContent).toContain('1–3 af 3');
    expect(byTestId(element, 'diets-empty').length).toBe(0);
  });

  it('shows an empty state, and a different one when a search matches nothing', async () => {
    const element = await render(page([]));
    expect(byTestId(element, 'diet-row').length).toBe(0);
    expect(byTestId(element, 'diets-empty')[0].textContent?.trim()).toBe(
      'Der er endnu ingen specialkost.',
    );

    await type(byTestId<HTMLInputElement>(element, 'diet-search')[0], 'xyz');
    await waitForDebounce();
    listRequest().flush(page([]));
    await settle();
    expect(byTestId(element, 'diets-empty')[0].textContent?.trim()).toBe(
      'Ingen specialkost matcher »xyz«.',
    );
  });

  it('searches on the server after a pause in typing, sending q and starting again at page 0', async () => {
    const element = await render(page([VEGETAR], 60));

    element.querySelector<HTMLButtonElement>('button[aria-label="Næste side"]')!.click();
    const second = listRequest();
    expect(second.request.params.get('page')).toBe('1');
    second.flush(page([GLUTENFRI], 60, 1));
    await settle();

    const search = byTestId<HTMLInputElement>(element, 'diet-search')[0];
    await type(search, 'v');
    await type(search, '  veg ');
    // debounced: nothing is sent while the person is still typing
    backend.expectNone((request) => request.url === '/api/admin/special-diets');

    await waitForDebounce();
    const searched = listRequest();
    expect(searched.request.params.get('q')).toBe('veg');
    expect(searched.request.params.get('page')).toBe('0');
    expect(searched.request.params.get('size')).toBe('25');
    searched.flush(page([VEGETAR], 1));
    await settle();
    expect(titles(element)).toEqual(['Vegetar']);
    expect(element.textContent).toContain('1–1 af 1');

    // clearing the search drops q again
    await type(search, '');
    await waitForDebounce();
    const cleared = listRequest();
    expect(cleared.request.params.has('q')).toBe(false);
    cleared.flush(page([GLUTENFRI, VEGETAR]));
    await settle();
  });

  it('pages on the server and follows a changed page size', async () => {
    const element = await render(page([GLUTENFRI], 60));
    expect(element.textContent).toContain('1–25 af 60');

    element.querySelector<HTMLButtonElement>('button[aria-label="Sidste side"]')!.click();
    const last = listRequest();
    expect(last.request.params.get('page')).toBe('2');
    expect(last.request.params.get('size')).toBe('25');
    last.flush(page([OEKO], 60, 2));
    await settle();
    expect(element.textContent).toContain('51–60 af 60');

    element.querySelector<HTMLElement>('.mat-mdc-paginator-page-size mat-select')!.click();
    await settle();
    const sizes = Array.from(overlay().querySelectorAll<HTMLElement>('mat-option'));
    expect(sizes.map((option) => option.textContent?.trim())).toEqual(['10', '25', '50']);
    sizes[2].click();
    await settle();

    const resized = listRequest();
    expect(resized.request.params.get('size')).toBe('50');
    expect(resized.request.params.get('page')).toBe('1');
    resized.flush(page([OEKO], 60, 1, 50));
    await settle();
    expect(element.textContent).toContain('51–60 af 60');
  });

  it('creates a diet with POST, reloads the list and says so', async () => {
    const element = await render(page([VEGETAR]));
    byTestId(element, 'diet-create')[0].click();
    await settle();
    expect(overlay().querySelector('h2')?.textContent?.trim()).toBe('Opret specialkost');

    await type(byTestId<HTMLInputElement>(overlay(), 'diet-title')[0], '  Vegansk  ');
    byTestId(overlay(), 'diet-save')[0].click();
    await settle();

    const post = backend.expectOne({ method: 'POST', url: '/api/admin/special-diets' });
    expect(post.request.body).toEqual({ title: 'Vegansk' });
    post.flush({ id: 'd9', title: 'Vegansk', version: 0 }, { status: 201, statusText: 'Created' });
    await settle();

    listRequest().flush(page([{ id: 'd9', title: 'Vegansk', version: 0 }, VEGETAR]));
    await settle();
    expect(byTestId(overlay(), 'diet-title').length).toBe(0);
    expect(titles(element)).toEqual(['Vegansk', 'Vegetar']);
    expect(overlay().textContent).toContain('Specialkosten Vegansk er oprettet.');
  });

  it('validates the title before sending anything', async () => {
    const element = await render(page([VEGETAR]));
    byTestId(element, 'diet-create')[0].click();
    await settle();
    await type(byTestId<HTMLInputElement>(overlay(), 'diet-title')[0], '   ');
    byTestId(overlay(), 'diet-save')[0].click();
    await settle();

    backend.expectNone({ method: 'POST' });
    expect(byTestId(overlay(), 'error-message')[0].textContent).toContain('Titel skal udfyldes.');
  });

  it('shows the translated server error in the form and keeps it open', async () => {
    const element = await render(page([VEGETAR]));
    byTestId(element, 'diet-create')[0].click();
    await settle();
    await type(byTestId<HTMLInputElement>(overlay(), 'diet-title')[0], 'vegetar');
    byTestId(overlay(), 'diet-save')[0].click();
    await settle();

    backend.expectOne({ method: 'POST' }).flush(...problem(409, 'special_diet.title_taken'));
    await settle();

    const error = byTestId(overlay(), 'error-message')[0];
    expect(error.textContent).toContain('Der findes allerede en specialkost med den titel.');
    expect(error.textContent).not.toContain('special_diet');
    expect(byTestId(overlay(), 'diet-title').length).toBe(1);

    TestBed.inject(I18nService).use('en');
    await settle();
    expect(byTestId(overlay(), 'error-message')[0].textContent).toContain(
      'A special diet with that title already exists.',
    );
  });

  it('renames a diet with PUT including its version', async () => {
    const element = await render(page([GLUTENFRI, VEGETAR]));
    byTestId(byTestId(element, 'diet-row')[1], 'diet-edit')[0].click();
    await settle();

    const title = byTestId<HTMLInputElement>(overlay(), 'diet-title')[0];
    expect(title.value).toBe('Vegetar');
    await type(title, 'Vegetarisk');
    byTestId(overlay(), 'diet-save')[0].click();
    await settle();

    const put = backend.expectOne({ method: 'PUT', url: '/api/admin/special-diets/d1' });
    expect(put.request.body).toEqual({ title: 'Vegetarisk', version: 2 });
    put.flush(...problem(409, 'special_diet.modified_concurrently'));
    await settle();
    expect(byTestId(overlay(), 'error-message')[0].textContent).toContain(
      'Specialkosten er blevet ændret af en anden',
    );

    byTestId(overlay(), 'diet-cancel')[0].click();
    await settle();
    expect(byTestId(overlay(), 'diet-title').length).toBe(0);
    backend.expectNone((request) => request.url === '/api/admin/special-diets');
  });

  it('deletes only after the consequences were shown and confirmed, with confirmed=true', async () => {
    const element = await render(page([GLUTENFRI, VEGETAR]));
    byTestId(byTestId(element, 'diet-row')[1], 'diet-delete')[0].click();
    answerPreview('d1', ALLOWED);
    await settle();

    expect(byTestId(overlay(), 'confirm-message')[0].textContent).toBe(
      'Er du sikker på, at du vil slette specialkosten Vegetar?',
    );
    backend.expectNone({ method: 'DELETE' });

    byTestId(overlay(), 'confirm-yes')[0].click();
    await settle();
    const deletion = backend.expectOne(
      (request) =>
        request.method === 'DELETE' &&
        request.url === '/api/admin/special-diets/d1' &&
        request.params.get('confirmed') === 'true',
    );
    deletion.flush(null, { status: 204, statusText: 'No Content' });
    listRequest().flush(page([GLUTENFRI]));
    await settle();

    expect(titles(element)).toEqual(['Glutenfri']);
    expect(overlay().textContent).toContain('Specialkosten Vegetar er slettet.');
  });

  it('sends nothing when the deletion is declined', async () => {
    const element = await render(page([VEGETAR]));
    byTestId(element, 'diet-delete')[0].click();
    answerPreview('d1', ALLOWED);
    await settle();
    byTestId(overlay(), 'confirm-no')[0].click();
    await settle();

    backend.expectNone({ method: 'DELETE' });
    expect(byTestId(overlay(), 'confirm-yes').length).toBe(0);
    expect(titles(element)).toEqual(['Vegetar']);
  });

  it('lists warnings with the question and shows blockers without a "yes" button', async () => {
    const element = await render(page([VEGETAR]));
    byTestId(element, 'diet-delete')[0].click();
    answerPreview('d1', {
      allowed: true,
      blockers: [],
      warnings: [{ code: 'special_diet.something_new', params: {} }],
    });
    await settle();
    expect(byTestId(overlay(), 'confirm-warning')[0].textContent?.trim()).toBe(
      'special_diet.something_new',
    );
    expect(byTestId(overlay(), 'confirm-yes').length).toBe(1);
    byTestId(overlay(), 'confirm-no')[0].click();
    await settle();

    byTestId(element, 'diet-delete')[0].click();
    answerPreview('d1', {
      allowed: false,
      blockers: [{ code: 'election_type.in_use', params: { count: '2' } }],
      warnings: [],
    });
    await settle();
    expect(byTestId(overlay(), 'confirm-blocker')[0].textContent?.trim()).toBe(
      'Valgtypen bruges af 2 valg.',
    );
    expect(byTestId(overlay(), 'confirm-yes').length).toBe(0);
    byTestId(overlay(), 'confirm-no')[0].click();
    await settle();
    backend.expectNone({ method: 'DELETE' });
  });

  it('shows the translated reason when the server refuses the deletion, and reloads', async () => {
    const element = await render(page([VEGETAR]));
    byTestId(element, 'diet-delete')[0].click();
    answerPreview('d1', ALLOWED);
    await settle();
    byTestId(overlay(), 'confirm-yes')[0].click();
    await settle();

    backend.expectOne({ method: 'DELETE' }).flush(...problem(404, 'special_diet.not_found'));
    listRequest().flush(page([]));
    await settle();

    const errors = byTestId(element, 'error-message');
    expect(errors.length).toBe(1);
    expect(errors[0].textContent).toContain('Specialkosten findes ikke længere.');
  });

  it('goes back a page when the last row of the last page was deleted', async () => {
    const element = await render(page([GLUTENFRI], 26));
    element.querySelector<HTMLButtonElement>('button[aria-label="Næste side"]')!.click();
    listRequest().flush(page([VEGETAR], 26, 1));
    await settle();

    byTestId(element, 'diet-delete')[0].click();
    answerPreview('d1', ALLOWED);
    await settle();
    byTestId(overlay(), 'confirm-yes')[0].click();
    await settle();
    backend.expectOne({ method: 'DELETE' }).flush(null, { status: 204, statusText: 'No Content' });

    const emptied = listRequest();
    expect(emptied.request.params.get('page')).toBe('1');
    emptied.flush(page([], 25, 1));
    const previous = listRequest();
    expect(previous.request.params.get('page')).toBe('0');
    previous.flush(page([GLUTENFRI], 25));
    await settle();
    expect(titles(element)).toEqual(['Glutenfri']);
    expect(element.textContent).toContain('1–25 af 25');
  });

  it('shows a translated error when the list cannot be loaded', async () => {
    fixture = TestBed.createComponent(SpecialDietsPage);
    listRequest().flush(...problem(500, 'server.error'));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(byTestId(element, 'error-message')[0].textContent).toContain(
      'Der opstod en fejl på serveren',
    );
    expect(byTestId(element, 'diets-empty').length).toBe(0);
  });
});
