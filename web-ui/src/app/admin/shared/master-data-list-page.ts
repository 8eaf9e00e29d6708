import { DestroyRef, Directive, inject, signal } from '@angular/core';
import { ComponentType } from '@angular/cdk/portal';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Observable } from 'rxjs';
import { Consequences } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { DeletionConfirmation } from './confirm-deletion';
import { LIST_PAGE_SIZES } from './paged-search-list';

/** The form dialog of a master-data list: its component, its data for an item (null = new), its width. */
export interface MasterDataForm<T> {
  component: ComponentType<unknown>;
  data: (item: T | null) => unknown;
  width?: string;
}

/**
 * What every master-data list of the admin area does the same way: create and edit in a form dialog, delete
 * through the server's consequences and the person's confirmation (ADR 0012), a snackbar after each change, the
 * failure of the last action, and a reload of the list. A page names its texts, its form and its delete calls.
 *
 * Texts: `<texts>.confirmDelete.title`, `<texts>.confirmDelete.text`, `<texts>.created`, `<texts>.updated` and
 * `<texts>.deleted`, each given the parameters of {@link nameOf}.
 */
@Directive()
export abstract class MasterDataListPage<T extends { id: string }> {
  protected readonly dialog = inject(MatDialog);
  protected readonly i18n = inject(I18nService);
  protected readonly destroyRef = inject(DestroyRef);
  private readonly deletion = inject(DeletionConfirmation);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly pageSizes = LIST_PAGE_SIZES;
  /** Why the last action failed, or null. */
  protected readonly actionError = signal<unknown>(null);

  protected abstract readonly list: { reload(): void };
  /** The translation key prefix, e.g. `teams`. */
  protected abstract readonly texts: string;
  protected abstract readonly form: MasterDataForm<T>;

  /** The parameters that name an item in the texts, e.g. `{ name: team.name }`. */
  protected abstract nameOf(item: T): Record<string, string>;

  protected abstract deletionPreview(item: T): Observable<Consequences>;

  /** The confirmed deletion. */
  protected abstract remove(item: T): Observable<void>;

  openCreate(): void {
    this.openForm(null);
  }

  openEdit(item: T): void {
    this.openForm(item);
  }

  confirmDelete(item: T): void {
    this.actionError.set(null);
    this.deletion
      .run(
        this.deletionPreview(item),
        {
          title: this.i18n.t(`${this.texts}.confirmDelete.title`),
          message: this.i18n.t(`${this.texts}.confirmDelete.text`, this.nameOf(item)),
          yesLabel: this.i18n.t('common.delete'),
          noLabel: this.i18n.t('common.cancel'),
        },
        () => this.remove(item),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.notify(this.i18n.t(`${this.texts}.deleted`, this.nameOf(item)));
          this.list.reload();
          this.afterChange();
        },
        error: (error: unknown) => {
          this.actionError.set(error);
          this.list.reload();
        },
      });
  }

  /** Called after an item was created, changed or deleted (e.g. to refresh what depends on the list). */
  protected afterChange(): void {
    // Most lists have nothing that depends on them.
  }

  /** Whether a cancelled form dialog may still have saved something (e.g. attachments uploaded inside it). */
  protected readonly reloadAfterCancel: boolean = false;

  private openForm(item: T | null): void {
    this.actionError.set(null);
    this.dialog
      .open<unknown, unknown, T>(this.form.component, {
        data: this.form.data(item),
        width: this.form.width ?? '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) {
          this.notify(
            this.i18n.t(`${this.texts}.${item ? 'updated' : 'created'}`, this.nameOf(saved)),
          );
          this.afterChange();
        }
        if (saved || this.reloadAfterCancel) {
          this.list.reload();
        }
      });
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('common.close'), { duration: 4000 });
  }
}
