import { Injectable, computed, inject, signal } from '@angular/core';
import { AdminApi } from '../../core/api/admin-api';
import { Election } from '../../core/api/models';

/** Where the admin's choice of election is kept (per browser and per municipality, as the host differs). */
export const ELECTION_STORAGE_KEY = 'valghalla.admin.election';
/** How many elections the switcher offers: a municipality holds a handful a year. */
export const ELECTION_CHOICES_SIZE = 100;

/**
 * The election the admin works on ("Skift valg"). Master data is shared by all elections; the work on tasks,
 * participants' placements and messages happens in the context of one election. The default is the election with
 * the latest election day; a choice is remembered in the browser until that election is gone.
 */
@Injectable({ providedIn: 'root' })
export class ElectionContext {
  private readonly api = inject(AdminApi);
  private readonly electionsState = signal<Election[]>([]);
  private readonly chosenId = signal<string | null>(readChoice());
  private readonly loadedState = signal(false);

  /** All elections, the latest election day first. */
  readonly elections = this.electionsState.asReadonly();
  readonly loaded = this.loadedState.asReadonly();
  /** The chosen election, else the latest; null when there is none. */
  readonly current = computed<Election | null>(() => {
    const elections = this.electionsState();
    return elections.find((e) => e.id === this.chosenId()) ?? elections[0] ?? null;
  });

  /** Loads (again) the elections to choose from, e.g. after one was created, changed or deleted. */
  load(): void {
    this.api.listElections({ page: 0, size: ELECTION_CHOICES_SIZE }).subscribe({
      next: (page) => {
        this.electionsState.set(page.items);
        this.loadedState.set(true);
      },
      // The switcher is a convenience: a failure shows no election, and the pages report their own errors.
      error: () => this.loadedState.set(true),
    });
  }

  /** Works on this election from now on. */
  choose(electionId: string): void {
    this.chosenId.set(electionId);
    try {
      localStorage.setItem(ELECTION_STORAGE_KEY, electionId);
    } catch {
      // Private mode or storage full: the choice holds until the page is reloaded.
    }
  }
}

function readChoice(): string | null {
  try {
    return localStorage.getItem(ELECTION_STORAGE_KEY);
  } catch {
    return null;
  }
}
