import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { AdminApi } from '../../core/api/admin-api';
import { TaskType } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { DeletionConfirmation } from '../shared/confirm-deletion';
import { LIST_PAGE_SIZES, pagedSearchList } from '../shared/paged-search-list';
import { TaskTypeFormDialog, TaskTypeFormDialogData } from './task-type-form-dialog';

/** The municipality's task types (opgavetyper) with their files: search, paging, CRUD. */
@Component({
  selector: 'app-task-types-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatChipsModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './task-types-page.html',
  styleUrls: ['../shared/list-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskTypesPage {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly deletion = inject(DeletionConfirmation);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['title', 'shortName', 'time', 'payment', 'flags', 'files', 'actions'];
  protected readonly pageSizes = LIST_PAGE_SIZES;
  protected readonly list = pagedSearchList((query) => this.api.listTaskTypes(query));
  protected readonly actionError = signal<unknown>(null);

  constructor() {
    this.list.reload();
  }

  openCreate(): void {
    this.openForm(null);
  }

  openEdit(taskType: TaskType): void {
    this.openForm(taskType);
  }

  confirmDelete(taskType: TaskType): void {
    this.actionError.set(null);
    this.deletion
      .run(
        this.api.taskTypeDeletionPreview(taskType.id),
        {
          title: this.i18n.t('taskTypes.confirmDelete.title'),
          message: this.i18n.t('taskTypes.confirmDelete.text', { title: taskType.title }),
          yesLabel: this.i18n.t('common.delete'),
          noLabel: this.i18n.t('common.cancel'),
        },
        () => this.api.deleteTaskType(taskType.id),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.notify(this.i18n.t('taskTypes.deleted', { title: taskType.title }));
          this.list.reload();
        },
        error: (error: unknown) => {
          this.actionError.set(error);
          this.list.reload();
        },
      });
  }

  protected flagsOf(taskType: TaskType): string[] {
    const flags: string[] = [];
    if (taskType.trusted) flags.push('taskTypes.flag.trusted');
    if (taskType.validationNotRequired) flags.push('taskTypes.flag.validationNotRequired');
    if (taskType.sendReminder) flags.push('taskTypes.flag.sendReminder');
    return flags;
  }

  private openForm(taskType: TaskType | null): void {
    this.actionError.set(null);
    this.dialog
      .open<TaskTypeFormDialog, TaskTypeFormDialogData, TaskType>(TaskTypeFormDialog, {
        data: { taskType },
        width: '680px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) {
          const key = taskType ? 'taskTypes.updated' : 'taskTypes.created';
          this.notify(this.i18n.t(key, { title: saved.title }));
        }
        this.list.reload();
      });
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('common.close'), { duration: 4000 });
  }
}
