import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';
import { INELIGIBILITY_KEYS } from '../api/models';
import { Problem, problemOf } from '../api/problem';

/** The field of the violations that name a failed eligibility rule (e.g. `task.participant_ineligible`). */
export const ELIGIBILITY_FIELD = 'eligibility';

/** A translated, user-presentable error. */
export interface UserError {
  /** The problem code the message was chosen for ('network' / 'unknown' when there was none). */
  code: string;
  /** Translated main message. */
  message: string;
  /** Translated field errors ("Navn: must not be blank"), for `request.invalid`. */
  details: string[];
}

/** Translation key of the message for a problem code. */
export function problemMessageKey(code: string): string {
  return `error.${code}`;
}

/** Fallback code chosen from the HTTP status when the body carries no problem code. */
export function codeForStatus(status: number): string {
  if (status === 0) return 'network';
  if (status === 400 || status === 422) return 'request.invalid';
  if (status === 401) return 'auth.unauthenticated';
  if (status === 403) return 'auth.forbidden';
  if (status >= 500) return 'server.error';
  return 'unknown';
}

/**
 * Turns anything thrown by an API call into translated text. Never exposes raw JSON:
 * known codes get their own text, unknown codes the generic message.
 */
@Injectable({ providedIn: 'root' })
export class ErrorTranslator {
  private readonly i18n = inject(I18nService);

  translate(error: unknown): UserError {
    const problem = problemOf(error);
    if (problem) {
      return this.translateProblem(problem);
    }
    const status = error instanceof HttpErrorResponse ? error.status : -1;
    const code = codeForStatus(status);
    return { code, message: this.messageFor(code), details: [] };
  }

  translateProblem(problem: Problem): UserError {
    const details = (problem.violations ?? []).map((violation) => {
      if (
        violation.field === ELIGIBILITY_FIELD ||
        violation.field in INELIGIBILITY_KEYS ||
        violation.code.startsWith('eligibility.')
      ) {
        return this.ineligibility(violation.code, violation.message);
      }
      const field = this.i18n.tOr(`field.${violation.field}`, violation.field);
      const message = this.i18n.tOr(`violation.${violation.code}`, violation.message);
      return `${field}: ${message}`;
    });
    return { code: problem.code, message: this.messageFor(problem.code), details };
  }

  /**
   * A failed eligibility rule, in the words the participant profile uses: the server names the rule (`Ineligibility`,
   * e.g. UNDER_18_ON_TASK_DATE) or its stable code (`eligibility.under_18`).
   */
  private ineligibility(code: string, message: string): string {
    const key = INELIGIBILITY_KEYS[code] ?? (code.startsWith('eligibility.') ? code : null);
    return key ? this.i18n.tOr(key, message) : message;
  }

  /** The translated message for a code, or the generic message if the code is unknown. */
  messageFor(code: string): string {
    const key = problemMessageKey(code);
    return this.i18n.has(key) ? this.i18n.t(key) : this.i18n.t('error.unknown');
  }
}
