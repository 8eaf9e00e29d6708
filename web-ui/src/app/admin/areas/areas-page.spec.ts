import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { OverlayContainer } from '@angular/cdk/overlay';
import { Area } from '../../core/api/models';
import { AreasPage } from './areas-page';
import { ALLOWED, byTestId } from '../testing/list-page-testing';

const NORD: Area = { id: 'a1', name: 'Nord', description: 'Nordlige valgsteder', version: 3 };
const SYD: Area = { id: 'a2', name: 'Syd', description: null, version: 0 };

describe('AreasPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<AreasPage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [AreasPage],
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

  async function render(areas: Area[]): Promise<HTMLElement> {
    fixture = TestBed.createComponent(AreasPage);
    backend.expectOne({ method: 'GET', url: '/api/admin/areas' }).flush(areas);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  /** Elements in dialogs live in the CDK overlay container, outside the component. */
  function overlay(): HTMLElement {
    return TestBed.inject(OverlayContainer).getContainerElement();
  }

  async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  }

  function answerPreview(id: string, preview: object): void {
    backend
      .expectOne({ method: 'GET', url: `/api/admin/areas/${id}/deletion-preview` })
      .flush(preview);
  }

  function isConfirmedDelete(id: string) {
    return (req: { method: string; url: string; params: { get(name: string): string | null } }) =>
      req.method === 'DELETE' &&
      req.url === `/api/admin/areas/${id}` &&
      req.params.get('confirmed') === 'true';
  }

  it('renders one row per area from the API with name and description', async () => {
    const page = await render([NORD, SYD]);
    const rows = byTestId(page, 'area-row');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('Nord');
    expect(rows[0].textContent).toContain('Nordlige valgsteder');
    expect(rows[1].textContent).toContain('Syd');
    expect(byTestId(rows[0], 'area-edit')[0].textContent?.trim()).toBe('Rediger');
    expect(byTestId(rows[0], 'area-delete')[0].textContent?.trim()).toBe('Slet');
    expect(page.querySelector('h1')?.textContent).toBe('Områder');
    expect(byTestId(page, 'area-create')[0].textContent?.trim()).toBe('Opret område');
  });

  it('shows an empty-state text when there are no areas', async () => {
    const page = await render([]);
    expect(byTestId(page, 'area-row').length).toBe(0);
    expect(byTestId(page, 'areas-empty')[0].textContent).toContain('Der er endnu ingen områder.');
  });

  it('asks the server for the consequences, then confirmation, and sends DELETE only after "yes"', async () => {
    const page = await render([NORD, SYD]);
    byTestId(byTestId(page, 'area-row')[0], 'area-delete')[0].click();
    answerPreview('a1', ALLOWED);
    await settle();

    expect(byTestId(overlay(), 'confirm-message')[0].textContent).toBe(
      'Er du sikker på, at du vil slette området Nord?',
    );
    backend.expectNone({ method: 'DELETE' });

    byTestId(overlay(), 'confirm-yes')[0].click();
    await settle();

    const request = backend.expectOne(isConfirmedDelete('a1'));
    request.flush(null, { status: 204, statusText: 'No Content' });
    backend.expectOne({ method: 'GET', url: '/api/admin/areas' }).flush([SYD]);
    await settle();

    const rows = byTestId(page, 'area-row');
    expect(rows.length).toBe(1);
    expect(rows[0].textContent).toContain('Syd');
  });

  it('sends nothing when the deletion is declined', async () => {
    const page = await render([NORD, SYD]);
    byTestId(page, 'area-delete')[0].click();
    answerPreview('a1', ALLOWED);
    await settle();
    byTestId(overlay(), 'confirm-no')[0].click();
    await settle();

    backend.expectNone({ method: 'DELETE' });
    expect(byTestId(overlay(), 'confirm-yes').length).toBe(0);
    expect(byTestId(page, 'area-row').length).toBe(2);
  });

  it('shows what blocks a deletion and offers no "yes"', async () => {
    const page = await render([NORD]);
    byTestId(page, 'area-delete')[0].click();
    answerPreview('a1', {
      allowed: false,
      blockers: [
        { code: 'area.last_area', params: {} },
        { code: 'area.has_work_locations', params: { count: '2' } },
      ],
      warnings: [],
    });
    await settle();

    const blockers = byTestId(overlay(), 'confirm-blocker').map((b) => b.textContent?.trim());
    expect(blockers).toEqual([
      'Det er kommunens sidste område. Der skal altid være mindst ét.',
      'Der ligger 2 arbejdssted(er) i området. Flyt dem først.',
    ]);
    expect(byTestId(overlay(), 'confirm-yes').length).toBe(0);
    byTestId(overlay(), 'confirm-no')[0].click();
    await settle();
    backend.expectNone({ method: 'DELETE' });
  });

  it('shows the translated reason when the server refuses the deletion after all', async () => {
    const page = await render([NORD]);
    byTestId(page, 'area-delete')[0].click();
    answerPreview('a1', ALLOWED);
    await settle();
    byTestId(overlay(), 'confirm-yes')[0].click();
    await settle();

    backend
      .expectOne({ method: 'DELETE' })
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, code: 'area.last_area' },
        { status: 409, statusText: 'Conflict' },
      );
    backend.expectOne({ method: 'GET', url: '/api/admin/areas' }).flush([NORD]);
    await settle();

    const errors = byTestId(page, 'error-message');
    expect(errors.length).toBe(1);
    expect(errors[0].textContent).toContain(
      'Området kan ikke slettes, fordi det er kommunens sidste område.',
    );
    expect(errors[0].textContent).not.toContain('area.last_area');
  });

  it('creates an area with POST and reloads the list', async () => {
    const page = await render([NORD]);
    byTestId(page, 'area-create')[0].click();
    await settle();

    await type(byTestId<HTMLInputElement>(overlay(), 'area-name')[0], '  Øst  ');
    await type(
      byTestId<HTMLTextAreaElement>(overlay(), 'area-description')[0],
      'Østlige valgsteder',
    );
    byTestId(overlay(), 'area-save')[0].click();
    await settle();

    const post = backend.expectOne({ method: 'POST', url: '/api/admin/areas' });
    expect(post.request.body).toEqual({ name: 'Øst', description: 'Østlige valgsteder' });
    post.flush(
      { id: 'a3', name: 'Øst', description: 'Østlige valgsteder', version: 0 },
      { status: 201, statusText: 'Created' },
    );
    await settle();

    backend
      .expectOne({ method: 'GET', url: '/api/admin/areas' })
      .flush([NORD, { ...SYD, id: 'a3', name: 'Øst' }]);
    await settle();
    expect(byTestId(overlay(), 'area-name').length).toBe(0);
    expect(byTestId(page, 'area-row').length).toBe(2);
  });

  it('validates that the name is filled in before sending anything', async () => {
    const page = await render([NORD]);
    byTestId(page, 'area-create')[0].click();
    await settle();

    await type(byTestId<HTMLInputElement>(overlay(), 'area-name')[0], '   ');
    byTestId(overlay(), 'area-save')[0].click();
    await settle();

    backend.expectNone({ method: 'POST' });
    expect(overlay().textContent).toContain('Navn skal udfyldes.');
  });

  it('shows the translated server error in the form when the name is taken', async () => {
    const page = await render([NORD]);
    byTestId(page, 'area-create')[0].click();
    await settle();
    await type(byTestId<HTMLInputElement>(overlay(), 'area-name')[0], 'Nord');
    byTestId(overlay(), 'area-save')[0].click();
    await settle();

    backend.expectOne({ method: 'POST' }).flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'area.name_taken',
        detail: 'duplicate',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const error = byTestId(overlay(), 'error-message')[0];
    expect(error.textContent).toContain('Der findes allerede et område med det navn.');
    // the dialog stays open so the name can be corrected
    expect(byTestId(overlay(), 'area-name').length).toBe(1);
  });

  it('edits an area with PUT including its version', async () => {
    const page = await render([NORD]);
    byTestId(page, 'area-edit')[0].click();
    await settle();

    const name = byTestId<HTMLInputElement>(overlay(), 'area-name')[0];
    expect(name.value).toBe('Nord');
    expect(byTestId<HTMLTextAreaElement>(overlay(), 'area-description')[0].value).toBe(
      'Nordlige valgsteder',
    );

    await type(name, 'Nordvest');
    await type(byTestId<HTMLTextAreaElement>(overlay(), 'area-description')[0], '');
    byTestId(overlay(), 'area-save')[0].click();
    await settle();

    const put = backend.expectOne({ method: 'PUT', url: '/api/admin/areas/a1' });
    expect(put.request.body).toEqual({ name: 'Nordvest', description: null, version: 3 });
    put.flush({ ...NORD, name: 'Nordvest', description: null, version: 4 });
    await settle();
    backend
      .expectOne({ method: 'GET', url: '/api/admin/areas' })
      .flush([{ ...NORD, name: 'Nordvest', version: 4 }]);
    await settle();
    expect(byTestId(page, 'area-row')[0].textContent).toContain('Nordvest');
  });

  it('closes the form without a request on cancel', async () => {
    const page = await render([NORD]);
    byTestId(page, 'area-create')[0].click();
    await settle();
    byTestId(overlay(), 'area-cancel')[0].click();
    await settle();
    expect(byTestId(overlay(), 'area-name').length).toBe(0);
    backend.expectNone({ method: 'POST' });
  });
});
