import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Problem, PROBLEM_CODES } from '../api/problem';
import { I18nService } from '../i18n/i18n.service';
import { ErrorTranslator, codeForStatus, problemMessageKey } from './error-translator';

function problemResponse(
  problem: Partial<Problem> & { status: number; code: string },
): HttpErrorResponse {
  return new HttpErrorResponse({
    status: problem.status,
    headers: new HttpHeaders({ 'Content-Type': 'application/problem+json' }),
    error: { type: 'about:blank', title: 'Title from server', ...problem },
    url: '/api/admin/areas',
  });
}

describe('ErrorTranslator', () => {
  let translator: ErrorTranslator;
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({});
    translator = TestBed.inject(ErrorTranslator);
    i18n = TestBed.inject(I18nService);
  });

  it('has a Danish and an English text for every stable problem code', () => {
    for (const code of PROBLEM_CODES) {
      i18n.use('da');
      const da = translator.messageFor(code);
      i18n.use('en');
      const en = translator.messageFor(code);
      expect(i18n.has(problemMessageKey(code)), code).toBe(true);
      expect(da, code).not.toBe(en);
      expect(da).not.toContain('error.');
    }
  });

  it('translates a duplicate-name conflict', () => {
    const error = problemResponse({
      status: 409,
      code: 'area.name_taken',
      detail: 'Area "Nord" exists',
    });
    expect(translator.translate(error)).toEqual({
      code: 'area.name_taken',
      message: 'Der findes allerede et område med det navn.',
      details: [],
    });
    i18n.use('en');
    expect(translator.translate(error).message).toBe('An area with that name already exists.');
  });

  it('maps the delete conflicts to their own messages', () => {
    expect(
      translator.translate(problemResponse({ status: 409, code: 'area.last_area' })).message,
    ).toContain('sidste område');
    expect(
      translator.translate(problemResponse({ status: 409, code: 'area.has_work_locations' }))
        .message,
    ).toContain('arbejdssteder');
  });

  it('lists each violation with translated field name and server message for request.invalid', () => {
    const error = problemResponse({
      status: 400,
      code: 'request.invalid',
      violations: [
        { field: 'name', code: 'NotBlank', message: 'must not be blank' },
        { field: 'somethingElse', code: 'Size', message: 'size must be between 0 and 10' },
      ],
    });
    const result = translator.translate(error);
    expect(result.message).toBe('Oplysningerne er ikke gyldige. Ret fejlene, og prøv igen.');
    expect(result.details).toEqual([
      'Navn: must not be blank',
      'somethingElse: size must be between 0 and 10',
    ]);
  });

  it('translates the violation codes the server sends, keeping the server text for unknown ones', () => {
    const error = problemResponse({
      status: 400,
      code: 'request.invalid',
      violations: [
        { field: 'name', code: 'constraint.notblank', message: 'must not be blank' },
        { field: 'from', code: 'date.invalid', message: 'from must be a date like 2026-11-22' },
        { field: 'name', code: 'constraint.unheard_of', message: 'server text' },
      ],
    });
    expect(translator.translate(error).details).toEqual([
      'Navn: skal udfyldes',
      'from: skal være en dato som 2026-11-22',
      'Navn: server text',
    ]);
  });

  it('shows every failed eligibility rule in the words of the participant profile', () => {
    const error = problemResponse({
      status: 422,
      code: 'task.participant_ineligible',
      violations: [
        { field: 'eligibility', code: 'UNDER_18_ON_TASK_DATE', message: 'under 18' },
        { field: 'eligibility', code: 'NOT_RESIDENT_IN_MUNICIPALITY', message: 'not resident' },
        { field: 'eligibility', code: 'eligibility.not_alive', message: 'dead' },
        { field: 'eligibility', code: 'SOMETHING_NEW', message: 'server text' },
      ],
    });
    const result = translator.translate(error);
    expect(result.message).toBe('Personen opfylder ikke kravene til opgaven.');
    expect(result.details).toEqual([
      'Personen er under 18 år på opgavedatoen.',
      'Personen bor ikke i kommunen.',
      'Personen er død eller forsvundet ifølge CPR.',
      'server text',
    ]);
    i18n.use('en');
    expect(translator.translate(error).details[0]).toBe(i18n.t('eligibility.under_18'));
  });

  it('falls back to the generic message for an unknown code, never showing raw JSON', () => {
    const result = translator.translate(problemResponse({ status: 418, code: 'teapot.brewing' }));
    expect(result.code).toBe('teapot.brewing');
    expect(result.message).toBe('Der opstod en uventet fejl. Prøv igen.');
    expect(result.message).not.toContain('{');
  });

  it('parses a problem body that arrived as text', () => {
    const error = new HttpErrorResponse({
      status: 403,
      error: JSON.stringify({
        type: 'about:blank',
        title: 'Forbidden',
        status: 403,
        code: 'csrf.invalid',
      }),
    });
    expect(translator.translate(error).code).toBe('csrf.invalid');
  });

  it('derives a code from the status when there is no problem body', () => {
    expect(
      translator.translate(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }))
        .code,
    ).toBe('network');
    expect(
      translator.translate(
        new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }),
      ).message,
    ).toBe('Der opstod en fejl på serveren. Prøv igen senere.');
    expect(translator.translate(new Error('boom')).code).toBe('unknown');
    expect(codeForStatus(401)).toBe('auth.unauthenticated');
    expect(codeForStatus(403)).toBe('auth.forbidden');
    expect(codeForStatus(400)).toBe('request.invalid');
    expect(codeForStatus(404)).toBe('unknown');
  });
});
