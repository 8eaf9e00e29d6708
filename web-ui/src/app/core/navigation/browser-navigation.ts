import { DOCUMENT, Injectable, inject } from '@angular/core';

/**
 * Full-page navigation (leaving the SPA), e.g. to the server's login and logout endpoints.
 * Wrapped in a service so that tests can replace it instead of navigating jsdom.
 */
@Injectable({ providedIn: 'root' })
export class BrowserNavigation {
  private readonly document = inject(DOCUMENT);

  /** Loads the given URL as a new page (`window.location.href = url`). */
  navigateTo(url: string): void {
    const view = this.document.defaultView;
    if (view) {
      view.location.href = url;
    }
  }

  /** Path plus query string of the current page, e.g. `/admin/areas?x=1`. */
  currentPath(): string {
    const location = this.document.defaultView?.location;
    return location ? `${location.pathname}${location.search}` : '/';
  }
}

export type LoginKind = 'admin' | 'participant';

/**
 * URL of the server's login endpoint that returns to `returnTo` afterwards.
 * Slashes are left readable (`returnTo=/admin/areas`); everything else that is special is encoded.
 */
export function loginUrl(kind: LoginKind, returnTo: string): string {
  const safeReturnTo = returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  return `/login/${kind}?returnTo=${encodeURIComponent(safeReturnTo).replace(/%2F/gi, '/')}`;
}

export function logoutUrl(kind: LoginKind): string {
  return `/logout/${kind}`;
}
