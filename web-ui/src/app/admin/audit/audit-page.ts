import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Subscription, finalize } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, AuditEntry } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';

export const AUDIT_PAGE_SIZES = [10, 25, 50, 100];
export const AUDIT_DEFAULT_PAGE_SIZE = 25;

/** The audit log with filters and server-side paging. */
@Component({
  selector: 'app-audit-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private request?: Subscription;

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly objectTypes = AUDIT_OBJECT_TYPES;
  protected readonly pageSizes = AUDIT_PAGE_SIZES;
  protected readonly columns = ['occurredAt', 'actor', 'action', 'objectType', 'summary'];

  readonly filters = new FormGroup({
    action: new FormControl('', { nonNullable: true }),
    objectType: new FormControl('', { nonNullable: true }),
    actor: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });

  protected readonly entries = signal<AuditEntry[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(AUDIT_DEFAULT_PAGE_SIZE);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly error = signal<unknown>(null);

  /** Filters as last applied with "Søg": paging keeps using them even if the form was edited since. */
  private applied = this.filters.getRawValue();

  constructor() {
    this.load();
    this.destroyRef.onDestroy(() => this.request?.unsubscribe());
  }

  search(): void {
    this.applied = this.filters.getRawValue();
    this.pageIndex.set(0);
    this.load();
  }

  resetFilters(): void {
    this.filters.reset();
    this.search();
  }

  onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.load();
  }

  protected actionLabel(action: string): string {
    return this.i18n.tOr(`audit.action.${action}`, action);
  }

  protected objectTypeLabel(objectType: string): string {
    return this.i18n.tOr(`audit.objectType.${objectType}`, objectType);
  }

  protected formatTime(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
      return iso;
    }
    return new Intl.DateTimeFormat(this.i18n.locale(), {
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(date);
  }

  private load(): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.error.set(null);
    this.request = this.api
      .auditEntries({ ...this.applied, page: this.pageIndex(), size: this.pageSize() })
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (page) => {
          this.entries.set(page.items);
          this.total.set(page.total);
          this.loaded.set(true);
        },
        error: (error: unknown) => this.error.set(error),
      });
  }
}
