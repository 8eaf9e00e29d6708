import { DOCUMENT, Injectable, inject } from '@angular/core';

/** File name of the DKFDS bundle emitted by angular.json (styles entry with `inject: false`). */
export const DKFDS_STYLESHEET_HREF = 'dkfds.css';
const LINK_ID = 'dkfds-stylesheet';
const MAX_WAIT_MS = 3000;

/**
 * Adds DKFDS (Det Fælles Designsystem) CSS to the page only while the participant site is shown,
 * so that its global element styles never reach the Angular Material admin area.
 */
@Injectable({ providedIn: 'root' })
export class DkfdsStylesheet {
  private readonly document = inject(DOCUMENT);

  /** Adds the stylesheet if missing. Resolves when it has loaded (or failed, or after 3 s at most). */
  attach(): Promise<void> {
    const existing = this.document.getElementById(LINK_ID) as HTMLLinkElement | null;
    if (existing) {
      return Promise.resolve();
    }
    const link = this.document.createElement('link');
    link.id = LINK_ID;
    link.rel = 'stylesheet';
    link.href = DKFDS_STYLESHEET_HREF;
    return new Promise<void>((resolve) => {
      const done = () => resolve();
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
      setTimeout(done, MAX_WAIT_MS);
      this.document.head.appendChild(link);
    });
  }

  detach(): void {
    this.document.getElementById(LINK_ID)?.remove();
  }
}
