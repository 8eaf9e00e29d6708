import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { finalize } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { Area } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { DeletionConfirmation } from '../shared/confirm-deletion';
import { AreaFormDialog, AreaFormDialogData } from './area-form-dialog';

/** List of the municipality's areas with create, edit and delete. */
@Component({
  selector: 'app-areas-page',
  imports: [MatTableModule, MatButtonModule, MatProgressBarModule, TranslatePipe, ErrorMessage],
  templateUrl: './areas-page.html',
  styleUrl: './areas-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AreasPage {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly deletion = inject(DeletionConfirmation);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['name', 'description', 'actions'];
  protected readonly areas = signal<Area[]>([]);
  protected readonly loading = signal(false);
  /** The first load has finished (so "no areas" can be told apart from "not loaded yet"). */
  protected readonly loaded = signal(false);
  protected readonly error = signal<unknown>(null);

  constructor() {
    this.reload();
  }

  reload(): void {
    this.loading.set(true);
    this.api
      .listAreas()
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (areas) => {
          this.areas.set(areas);
          this.loaded.set(true);
        },
        error: (error: unknown) => this.error.set(error),
      });
  }

  openCreate(): void {
    this.openForm(null);
  }

  openEdit(area: Area): void {
    this.openForm(area);
  }

  /** Confirm-before-destroy: the server's consequences first, the person's "yes", then the deletion. */
  confirmDelete(area: Area): void {
    this.error.set(null);
    this.deletion
      .run(
        this.api.areaDeletionPreview(area.id),
        {
          title: this.i18n.t('areas.confirmDelete.title'),
          message: this.i18n.t('areas.confirmDelete.text', { name: area.name }),
          yesLabel: this.i18n.t('areas.delete'),
          noLabel: this.i18n.t('common.cancel'),
        },
        () => this.api.deleteArea(area.id),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.notify(this.i18n.t('areas.deleted', { name: area.name }));
          this.reload();
        },
        error: (error: unknown) => {
          this.error.set(error);
          this.reload();
        },
      });
  }

  private openForm(area: Area | null): void {
    this.error.set(null);
    this.dialog
      .open<AreaFormDialog, AreaFormDialogData, Area>(AreaFormDialog, {
        data: { area },
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) {
          this.notify(this.i18n.t(area ? 'areas.updated' : 'areas.created', { name: saved.name }));
          this.reload();
        }
      });
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('common.close'), { duration: 4000 });
  }
}
