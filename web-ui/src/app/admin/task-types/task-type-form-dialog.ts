import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Observable, concatMap, from, last, of, tap } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { CreateTaskTypeRequest, TaskType, TaskTypeFile } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ConfirmDialog } from '../../shared/confirm-dialog/confirm-dialog';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { notBlank } from '../shared/validators';

export const TASK_TYPE_TITLE_MAX = 255;
export const TASK_TYPE_SHORT_NAME_MAX = 50;
/** The server's defaults (valghalla.task-types.files.*); the server decides, this is only the hint. */
export const TASK_TYPE_FILE_MAX_MB = 10;
export const TASK_TYPE_FILE_MAX_COUNT = 10;

export interface TaskTypeFormDialogData {
  /** The task type to edit, or null to create a new one. */
  taskType: TaskType | null;
}

/** End after start on the same day ("HH:mm" strings compare in time order). */
function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const start = group.get('startTime')?.value as string;
  const end = group.get('endTime')?.value as string;
  return start && end && end <= start ? { endAfterStart: true } : null;
}

/**
 * Create / edit form for a task type with its PDF guides. Chosen files are uploaded after the task
 * type is saved (so they can be chosen while creating); attached files can be downloaded and
 * removed. Shows the sanitized description the server stored. Closes with the saved task type.
 */
@Component({
  selector: 'app-task-type-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './task-type-form-dialog.html',
  styleUrls: ['../shared/form-dialog.scss', './task-type-form-dialog.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskTypeFormDialog {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);
  private readonly dialogRef = inject<MatDialogRef<TaskTypeFormDialog, TaskType>>(MatDialogRef);

  protected readonly titleMax = TASK_TYPE_TITLE_MAX;
  protected readonly shortNameMax = TASK_TYPE_SHORT_NAME_MAX;
  protected readonly maxMb = TASK_TYPE_FILE_MAX_MB;
  protected readonly maxCount = TASK_TYPE_FILE_MAX_COUNT;

  /** The task type as last saved (null until a new one is created). */
  protected readonly current = signal<TaskType | null>(
    inject<TaskTypeFormDialogData>(MAT_DIALOG_DATA).taskType,
  );
  protected readonly pending = signal<File[]>([]);
  protected readonly saving = signal(false);
  protected readonly serverError = signal<unknown>(null);

  private readonly initial = this.current();

  readonly form = new FormGroup(
    {
      title: new FormControl(this.initial?.title ?? '', {
        nonNullable: true,
        validators: [Validators.required, notBlank, Validators.maxLength(TASK_TYPE_TITLE_MAX)],
      }),
      shortName: new FormControl(this.initial?.shortName ?? '', {
        nonNullable: true,
        validators: [Validators.required, notBlank, Validators.maxLength(TASK_TYPE_SHORT_NAME_MAX)],
      }),
      description: new FormControl(this.initial?.description ?? '', { nonNullable: true }),
      startTime: new FormControl(this.initial?.startTime ?? '08:00', {
        nonNullable: true,
        validators: [Validators.required],
      }),
      endTime: new FormControl(this.initial?.endTime ?? '20:00', {
        nonNullable: true,
        validators: [Validators.required],
      }),
      payment: new FormControl<number | null>(this.initial?.payment ?? null, {
        validators: [Validators.min(0), Validators.pattern(/^\d+$/)],
      }),
      trusted: new FormControl(this.initial?.trusted ?? false, { nonNullable: true }),
      validationNotRequired: new FormControl(this.initial?.validationNotRequired ?? false, {
        nonNullable: true,
      }),
      sendReminder: new FormControl(this.initial?.sendReminder ?? false, { nonNullable: true }),
    },
    { validators: endAfterStart },
  );

  protected fileUrl(file: TaskTypeFile): string {
    return this.api.taskTypeFileUrl(this.current()!.id, file.id);
  }

  protected onFilesChosen(input: HTMLInputElement): void {
    const chosen = Array.from(input.files ?? []);
    this.pending.update((files) => [...files, ...chosen]);
    input.value = '';
  }

  protected dropPending(file: File): void {
    this.pending.update((files) => files.filter((f) => f !== file));
  }

  protected removeFile(file: TaskTypeFile): void {
    const taskType = this.current();
    if (!taskType) {
      return;
    }
    ConfirmDialog.ask(this.dialog, {
      title: this.i18n.t('taskTypes.files.removeLabel', { name: file.name }),
      message: this.i18n.t('taskTypes.files.confirmRemove', { name: file.name }),
      yesLabel: this.i18n.t('common.delete'),
      noLabel: this.i18n.t('common.cancel'),
    }).subscribe((yes) => {
      if (!yes) {
        return;
      }
      this.serverError.set(null);
      this.api.removeTaskTypeFile(taskType.id, file.id).subscribe({
        next: () =>
          this.current.set({ ...taskType, files: taskType.files.filter((f) => f.id !== file.id) }),
        error: (error: unknown) => this.serverError.set(error),
      });
    });
  }

  save(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const request: CreateTaskTypeRequest = {
      title: v.title.trim(),
      shortName: v.shortName.trim(),
      description: v.description,
      startTime: v.startTime,
      endTime: v.endTime,
      payment: v.payment === null || `${v.payment}` === '' ? null : Number(v.payment),
      validationNotRequired: v.validationNotRequired,
      trusted: v.trusted,
      sendReminder: v.sendReminder,
    };
    const existing = this.current();
    const saveRequest = existing
      ? this.api.updateTaskType(existing.id, { ...request, version: existing.version })
      : this.api.createTaskType(request);

    this.saving.set(true);
    this.serverError.set(null);
    saveRequest
      .pipe(
        tap((saved) => {
          this.current.set(saved);
          this.form.controls.description.setValue(saved.description);
        }),
        concatMap((saved) => this.uploadPending(saved)),
      )
      .subscribe({
        next: (saved) => this.dialogRef.close(saved),
        error: (error: unknown) => {
          this.saving.set(false);
          this.serverError.set(error);
        },
      });
  }

  /** Uploads the chosen files one by one; each one leaves the pending list once it is stored. */
  private uploadPending(saved: TaskType): Observable<TaskType> {
    const files = this.pending();
    if (files.length === 0) {
      return of(saved);
    }
    return from(files).pipe(
      concatMap((file) =>
        this.api.uploadTaskTypeFile(saved.id, file).pipe(
          tap((stored) => {
            this.pending.update((list) => list.filter((f) => f !== file));
            const now = this.current()!;
            this.current.set({ ...now, files: [...now.files, stored] });
          }),
        ),
      ),
      last(),
      concatMap(() => of(this.current()!)),
    );
  }
}
