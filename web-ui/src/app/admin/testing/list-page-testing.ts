import { Page } from '../../core/api/models';

/** Helpers shared by the specs of the admin list pages. */

/** Every element with the given test id below the root. */
export function byTestId<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T[] {
  return Array.from(root.querySelectorAll<T>(`[data-testid="${id}"]`));
}

/** One page of a server-paged list answer. */
export function page<T>(items: T[], total = items.length, index = 0, size = 25): Page<T> {
  return { items, total, page: index, size };
}

/** The body and options of a problem+json answer, for `TestRequest.flush(...problem(409, 'x.y'))`. */
export function problem(status: number, code: string) {
  return [
    { type: 'about:blank', title: 'Error', status, code },
    { status, statusText: 'Error' },
  ] as const;
}

/** A deletion preview with nothing against it. */
export const ALLOWED = { allowed: true, blockers: [], warnings: [] };
