import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { AuditEntry, Page } from '../../core/api/models';
import { TranslatedPaginatorIntl } from '../shared/translated-paginator-intl';
import { AuditPage } from './audit-page';

const ENTRY: AuditEntry = {
  id: 'e1',
  occurredAt: '2026-03-01T10:15:00Z',
  actor: 'Ada Admin',
  action: 'AREA_CREATED',
  objectType: 'AREA',
  objectId: 'a1',
  summary: 'Område "Nord" oprettet',
};

function page(items: AuditEntry[], total: number, pageIndex = 0, size = 25): Page<AuditEntry> {
  return { items, total, page: pageIndex, size };
}

describe('AuditPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<AuditPage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [AuditPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const auditRequest = (): TestRequest =>
    backend.expectOne(
      (request) => request.method === 'GET' && request.url === '/api/admin/audit-entries',
    );

  async function render(first: Page<AuditEntry>): Promise<HTMLElement> {
    fixture = TestBed.createComponent(AuditPage);
    const request = auditRequest();
    expect(request.request.params.get('page')).toBe('0');
    expect(request.request.params.get('size')).toBe('25');
    expect(request.request.params.has('action')).toBe(false);
    request.flush(first);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('renders audit rows with translated action and object type, falling back to the raw action code', async () => {
    const element = await render(page([ENTRY, { ...ENTRY, id: 'e2', action: 'SOMETHING_NEW' }], 2));
    const rows = element.querySelectorAll('[data-testid="audit-row"]');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('Område oprettet');
    expect(rows[0].textContent).toContain('Ada Admin');
    expect(rows[0].textContent).toContain('Område "Nord" oprettet');
    expect(rows[1].textContent).toContain('SOMETHING_NEW');
    expect(element.textContent).toContain('1–2 af 2');
  });

  it('sends the filters to the server, leaving empty ones out, and starts again at page 0', async () => {
    await render(page([ENTRY], 60));
    fixture.componentInstance.filters.setValue({
      action: 'AREA_DELETED',
      objectType: 'AREA',
      actor: ' ada ',
      from: '2026-01-01',
      to: '',
    });
    fixture.componentInstance.search();

    const params = auditRequest().request.params;
    expect(params.get('action')).toBe('AREA_DELETED');
    expect(params.get('objectType')).toBe('AREA');
    expect(params.get('actor')).toBe('ada');
    expect(params.get('from')).toBe('2026-01-01');
    expect(params.has('to')).toBe(false);
    expect(params.get('page')).toBe('0');
  });

  it('asks the server for the next page when the paginator moves', async () => {
    const element = await render(page([ENTRY], 60));
    const next = element.querySelector<HTMLButtonElement>('button[aria-label="Næste side"]');
    expect(next).not.toBeNull();
    next!.click();

    const request = auditRequest();
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('size')).toBe('25');
    request.flush(page([{ ...ENTRY, id: 'e26' }], 60, 1));
    await fixture.whenStable();
    expect(element.textContent).toContain('26–50 af 60');
  });

  it('shows a translated error instead of the table contents when loading fails', async () => {
    fixture = TestBed.createComponent(AuditPage);
    auditRequest().flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'request.invalid',
        violations: [{ field: 'from', code: 'Date', message: 'invalid date' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const error = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="error-message"]',
    );
    expect(error?.textContent).toContain('Oplysningerne er ikke gyldige');
    expect(error?.textContent).toContain('from: invalid date');
  });
});
