import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LIST_PAGE_SIZES, PagedSearchList } from './paged-search-list';

/**
 * The pieces every master-data list page of the admin area shows the same way. Test ids are built from the page's
 * prefix (`<prefix>-create`, `<prefix>-search`, `<prefix>-edit`, `<prefix>-delete`, `<prefix>-paginator`), so the
 * end-to-end tests' contract stays as it was.
 */

/** Heading, "create" button and intro text: `<texts>.title`, `<texts>.create`, `<texts>.intro`. */
@Component({
  selector: 'app-list-header',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <div class="page-header">
      <h1>{{ texts() + '.title' | t }}</h1>
      <button
        mat-flat-button
        type="button"
        [attr.data-testid]="testIdPrefix() + '-create'"
        (click)="create.emit()"
      >
        {{ texts() + '.create' | t }}
      </button>
    </div>
    <p class="intro">{{ texts() + '.intro' | t }}</p>
  `,
  styleUrl: './list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListHeader {
  readonly texts = input.required<string>();
  readonly testIdPrefix = input.required<string>();
  readonly create = output<void>();
}

/** The free-text search (`<texts>.search` as label); further filters can be projected next to it. */
@Component({
  selector: 'app-list-search',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <div role="search" class="filters">
      <mat-form-field appearance="outline" class="search-field">
        <mat-label>{{ texts() + '.search' | t }}</mat-label>
        <input
          matInput
          type="search"
          [formControl]="control()"
          [attr.data-testid]="testIdPrefix() + '-search'"
          autocomplete="off"
          maxlength="255"
        />
      </mat-form-field>
      <ng-content />
    </div>
  `,
  styleUrl: './list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListSearch {
  readonly texts = input.required<string>();
  readonly testIdPrefix = input.required<string>();
  readonly control = input.required<FormControl<string>>();
}

/** "Rediger" and "Slet" for one row; the labels name the row for screen readers. */
@Component({
  selector: 'app-row-actions',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <button
      mat-button
      type="button"
      [attr.data-testid]="testIdPrefix() + '-edit'"
      [attr.aria-label]="editLabel()"
      (click)="edit.emit()"
    >
      {{ 'common.edit' | t }}
    </button>
    <button
      mat-button
      type="button"
      class="delete-button"
      [attr.data-testid]="testIdPrefix() + '-delete'"
      [attr.aria-label]="deleteLabel()"
      (click)="remove.emit()"
    >
      {{ 'common.delete' | t }}
    </button>
  `,
  styleUrl: './list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RowActions {
  readonly testIdPrefix = input.required<string>();
  readonly editLabel = input.required<string>();
  readonly deleteLabel = input.required<string>();
  readonly edit = output<void>();
  readonly remove = output<void>();
}

/** The paginator of a server-paged list. */
@Component({
  selector: 'app-list-paginator',
  imports: [MatPaginatorModule],
  template: `
    <mat-paginator
      [length]="list().total()"
      [pageIndex]="list().pageIndex()"
      [pageSize]="list().pageSize()"
      [pageSizeOptions]="pageSizes"
      [showFirstLastButtons]="true"
      (page)="list().onPage($event)"
      [attr.data-testid]="testIdPrefix() + '-paginator'"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListPaginator {
  readonly list = input.required<PagedSearchList<unknown>>();
  readonly testIdPrefix = input.required<string>();
  protected readonly pageSizes = LIST_PAGE_SIZES;
}

export const LIST_PARTS = [ListHeader, ListSearch, RowActions, ListPaginator] as const;
