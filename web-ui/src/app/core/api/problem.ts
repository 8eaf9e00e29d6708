import { HttpErrorResponse } from '@angular/common/http';

/** A field error inside a `request.invalid` problem. */
export interface Violation {
  field: string;
  code: string;
  message: string;
}

/** RFC 9457 problem details as sent by the backend (`application/problem+json`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  violations?: Violation[];
}

/** The stable problem codes that the SPA translates. */
export const PROBLEM_CODES = [
  'area.not_found',
  'area.name_taken',
  'area.last_area',
  'area.has_work_locations',
  'area.modified_concurrently',
  'special_diet.not_found',
  'special_diet.title_taken',
  'special_diet.modified_concurrently',
  'election_type.not_found',
  'election_type.title_taken',
  'election_type.modified_concurrently',
  'election_type.in_use',
  'team.not_found',
  'team.name_taken',
  'team.modified_concurrently',
  'team.in_active_election',
  'work_location.not_found',
  'work_location.title_taken',
  'work_location.modified_concurrently',
  'work_location.in_active_election',
  'task_type.not_found',
  'task_type.file_not_found',
  'task_type.duplicate',
  'task_type.modified_concurrently',
  'file.not_pdf',
  'file.too_large',
  'file.too_many',
  'confirmation.required',
  'request.invalid',
  'request.malformed',
  'request.unsupported_media_type',
  'request.method_not_allowed',
  'request.not_acceptable',
  'resource.not_found',
  'auth.unauthenticated',
  'auth.forbidden',
  'csrf.invalid',
  'tenant.unknown',
  'server.error',
  'participant.team_has_accepted_task',
  'task.not_found',
  'task.count_below_taken',
  'task.work_location_not_in_election',
  'task.task_type_not_at_work_location',
  'task.team_not_at_work_location',
  'task.date_outside_period',
  'task.not_free',
  'task.participant_ineligible',
  'task.time_conflict',
  'task.not_awaiting_reply',
  'task.free',
  'task.modified_concurrently',
  'task.count_invalid',
  'work_location.has_tasks',
  'team.has_tasks',
  'task_type.has_tasks',
  'election.work_location_has_tasks',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).code === 'string' &&
    typeof (value as Problem).status === 'number'
  );
}

/**
 * Extracts the problem body from an HTTP error. HttpClient normally parses the JSON body; if it
 * arrived as text (e.g. a non-JSON response type) it is parsed here. Returns null if there is none.
 */
export function problemOf(error: unknown): Problem | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  let body: unknown = error.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return null;
    }
  }
  return isProblem(body) ? body : null;
}
