import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { PageEvent } from '@angular/material/paginator';
import { Observable, Subscription, debounceTime, filter, finalize, map } from 'rxjs';
import { Page, SearchPageQuery } from '../../core/api/models';

export const LIST_PAGE_SIZES = [10, 25, 50];
export const LIST_DEFAULT_PAGE_SIZE = 25;
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * State of a server-paged, server-searched list: the search field (debounced; a new search starts
 * at page 0), the paginator's position and the rows of the current page. Only the latest request
 * counts; an older one still under way is dropped.
 */
export class PagedSearchList<T> {
  /** Bind to the search input. */
  readonly search = new FormControl('', { nonNullable: true });

  private readonly itemsState = signal<T[]>([]);
  private readonly totalState = signal(0);
  private readonly pageIndexState = signal(0);
  private readonly pageSizeState = signal(LIST_DEFAULT_PAGE_SIZE);
  private readonly queryState = signal('');
  private readonly loadingState = signal(false);
  private readonly loadedState = signal(false);
  private readonly errorState = signal<unknown>(null);

  readonly items = this.itemsState.asReadonly();
  readonly total = this.totalState.asReadonly();
  readonly pageIndex = this.pageIndexState.asReadonly();
  readonly pageSize = this.pageSizeState.asReadonly();
  /** The search text the shown rows were asked for (trimmed). */
  readonly query = this.queryState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  /** The first load has finished (so "no rows" can be told apart from "not loaded yet"). */
  readonly loaded = this.loadedState.asReadonly();
  /** Why the last load failed, or null. */
  readonly error = this.errorState.asReadonly();

  private request?: Subscription;

  constructor(
    private readonly fetch: (query: SearchPageQuery) => Observable<Page<T>>,
    destroyRef: DestroyRef,
  ) {
    this.search.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        filter((q) => q !== this.queryState()),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((q) => {
        this.queryState.set(q);
        this.pageIndexState.set(0);
        this.reload();
      });
    destroyRef.onDestroy(() => this.request?.unsubscribe());
  }

  /** Follows the paginator (page or page size changed). */
  onPage(event: PageEvent): void {
    this.pageIndexState.set(event.pageIndex);
    this.pageSizeState.set(event.pageSize);
    this.reload();
  }

  /** Loads the current page again (e.g. after a change). */
  reload(): void {
    this.request?.unsubscribe();
    this.loadingState.set(true);
    this.errorState.set(null);
    const pageIndex = this.pageIndexState();
    const size = this.pageSizeState();
    this.request = this.fetch({ q: this.queryState(), page: pageIndex, size })
      .pipe(finalize(() => this.loadingState.set(false)))
      .subscribe({
        next: (page) => {
          const lastPage = Math.max(0, Math.ceil(page.total / size) - 1);
          if (page.items.length === 0 && pageIndex > lastPage) {
            // The page ran empty (e.g. its last row was deleted): show the last one with rows.
            this.pageIndexState.set(lastPage);
            this.reload();
            return;
          }
          this.itemsState.set(page.items);
          this.totalState.set(page.total);
          this.loadedState.set(true);
        },
        error: (error: unknown) => this.errorState.set(error),
      });
  }
}

/** A {@link PagedSearchList} tied to the current component; call `reload()` for the first page. */
export function pagedSearchList<T>(
  fetch: (query: SearchPageQuery) => Observable<Page<T>>,
): PagedSearchList<T> {
  return new PagedSearchList(fetch, inject(DestroyRef));
}
