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
import { Page, TaskType } from '../../core/api/models';
import { TranslatedPaginatorIntl } from '../shared/translated-paginator-intl';
import { TaskTypesPage } from './task-types-page';
import { byTestId, page } from '../testing/list-page-testing';

const VALGSTYRER: TaskType = {
  id: 't1',
  title: 'Valgstyrer',
  shortName: 'VS',
  description: '<p>Mød <strong>op</strong></p>',
  startTime: '07:00',
  endTime: '22:00',
  payment: 800,
  validationNotRequired: false,
  trusted: true,
  sendReminder: true,
  files: [{ id: 'f1', name: 'guide.pdf', contentType: 'application/pdf', size: 1234 }],
  version: 2,
};

describe('TaskTypesPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<TaskTypesPage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [TaskTypesPage],
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
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/admin/task-types');

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const overlay = () => TestBed.inject(OverlayContainer).getContainerElement();

  async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  }

  async function render(first: Page<TaskType>): Promise<HTMLElement> {
    fixture = TestBed.createComponent(TaskTypesPage);
    listRequest().flush(first);
    await settle();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists task types with time, payment, flags and file count', async () => {
    const element = await render(page([VALGSTYRER]));
    expect(element.querySelector('h1')?.textContent).toBe('Opgavetyper');
    const rows = byTestId(element, 'task-type-row');
    expect(rows.length).toBe(1);
    expect(rows[0].textContent).toContain('Valgstyrer');
    expect(rows[0].textContent).toContain('07:00–22:00');
    expect(rows[0].textContent).toContain('800 kr.');
    expect(byTestId(rows[0], 'task-type-flag').map((c) => c.textContent?.trim())).toEqual([
      'Betroet',
      'Påmindelse',
    ]);
    expect(byTestId(rows[0], 'task-type-file-count')[0].textContent?.trim()).toBe('1');
  });

  it('creates a task type and then uploads the chosen PDF', async () => {
    const element = await render(page([]));
    byTestId(element, 'task-type-create')[0].click();
    await settle();
    await type(byTestId<HTMLInputElement>(overlay(), 'task-type-title')[0], 'Tilforordnet');
    await type(byTestId<HTMLInputElement>(overlay(), 'task-type-short-name')[0], 'TF');
    await type(byTestId<HTMLInputElement>(overlay(), 'task-type-payment')[0], '500');
    await type(
      byTestId<HTMLTextAreaElement>(overlay(), 'task-type-description')[0],
      '<p onclick="x()">Hej</p>',
    );
    byTestId(overlay(), 'task-type-trusted')[0].querySelector('input')!.click();
    const input = byTestId<HTMLInputElement>(overlay(), 'task-type-file-input')[0];
    const pdf = new File(['%PDF-1.4'], 'guide.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [pdf], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    expect(byTestId(overlay(), 'task-type-file-pending').length).toBe(1);

    byTestId(overlay(), 'task-type-save')[0].click();
    await settle();
    const post = backend.expectOne({ method: 'POST', url: '/api/admin/task-types' });
    expect(post.request.body).toEqual({
      title: 'Tilforordnet',
      shortName: 'TF',
      description: '<p onclick="x()">Hej</p>',
      startTime: '08:00',
      endTime: '20:00',
      payment: 500,
      validationNotRequired: false,
      trusted: true,
      sendReminder: false,
    });
    const created: TaskType = {
      ...VALGSTYRER,
      id: 't9',
      title: 'Tilforordnet',
      shortName: 'TF',
      description: '<p>Hej</p>',
      files: [],
      version: 0,
    };
    post.flush(created, { status: 201, statusText: 'Created' });
    await settle();
    const upload = backend.expectOne({ method: 'POST', url: '/api/admin/task-types/t9/files' });
    expect(((upload.request.body as FormData).get('file') as File).name).toBe('guide.pdf');
    upload.flush(
      { id: 'f9', name: 'guide.pdf', contentType: 'application/pdf', size: 8 },
      { status: 201, statusText: 'Created' },
    );
    await settle();
    listRequest().flush(page([{ ...created, files: [] }]));
    await settle();
    expect(overlay().textContent).toContain('Opgavetypen Tilforordnet er oprettet.');
  });

  it('shows a refused upload as a translated error and keeps the dialog open', async () => {
    const element = await render(page([VALGSTYRER]));
    byTestId(element, 'task-type-edit')[0].click();
    await settle();
    expect(byTestId(overlay(), 'task-type-file-row').length).toBe(1);
    expect(byTestId(overlay(), 'task-type-description-preview')[0].innerHTML).toContain(
      '<strong>op</strong>',
    );
    const input = byTestId<HTMLInputElement>(overlay(), 'task-type-file-input')[0];
    Object.defineProperty(input, 'files', {
      value: [new File(['<html>'], 'fake.pdf', { type: 'application/pdf' })],
      configurable: true,
    });
    input.dispatchEvent(new Event('change'));
    await settle();
    byTestId(overlay(), 'task-type-save')[0].click();
    await settle();
    backend
      .expectOne({ method: 'PUT', url: '/api/admin/task-types/t1' })
      .flush({ ...VALGSTYRER, version: 3 });
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/admin/task-types/t1/files' })
      .flush(
        { type: 'about:blank', title: 'Unsupported', status: 415, code: 'file.not_pdf' },
        { status: 415, statusText: 'Unsupported' },
      );
    await settle();
    expect(
      byTestId(overlay(), 'error-message')
        .map((e) => e.textContent)
        .join(' '),
    ).toContain('Filen er ikke en PDF-fil');
    expect(byTestId(overlay(), 'task-type-save').length).toBe(1);
  });
});
