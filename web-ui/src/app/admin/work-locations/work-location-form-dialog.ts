import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AdminApi } from '../../core/api/admin-api';
import { Area, TaskType, Team, WorkLocation } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { notBlank } from '../shared/validators';

export const WORK_LOCATION_TEXT_MAX = 255;

export interface WorkLocationFormDialogData {
  /** The work location to edit, or null to create a new one. */
  workLocation: WorkLocation | null;
  /** The areas to choose from (Danish order). */
  areas: Area[];
  /** The teams to choose from (Danish order). */
  teams: Team[];
  /** The task types to choose from (Danish order). */
  taskTypes: TaskType[];
}

/**
 * Create / edit form for a work location: area, title, address, voting area, the teams that
 * work there and the task types done there. Saves itself (POST, or PUT with the version it was opened with), shows the server's
 * translated errors inline (e.g. teams locked by an active election) and closes with the result.
 */
@Component({
  selector: 'app-work-location-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './work-location-form-dialog.html',
  styleUrls: ['../shared/form-dialog.scss', './work-location-form-dialog.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkLocationFormDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef =
    inject<MatDialogRef<WorkLocationFormDialog, WorkLocation>>(MatDialogRef);
  private readonly data = inject<WorkLocationFormDialogData>(MAT_DIALOG_DATA);
  protected readonly workLocation = this.data.workLocation;
  protected readonly areas = this.data.areas;
  protected readonly teams = this.data.teams;
  protected readonly taskTypes = this.data.taskTypes;
  protected readonly textMax = WORK_LOCATION_TEXT_MAX;

  readonly form = new FormGroup({
    areaId: new FormControl(this.workLocation?.areaId ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    title: new FormControl(this.workLocation?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(WORK_LOCATION_TEXT_MAX)],
    }),
    address: new FormControl(this.workLocation?.address ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(WORK_LOCATION_TEXT_MAX)],
    }),
    postalCode: new FormControl(this.workLocation?.postalCode ?? '', {
      nonNullable: true,
      validators: [Validators.pattern(/^\s*[0-9]{4}\s*$/)],
    }),
    city: new FormControl(this.workLocation?.city ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(WORK_LOCATION_TEXT_MAX)],
    }),
    votingAreaNumber: new FormControl(this.workLocation?.votingAreaNumber?.toString() ?? '', {
      nonNullable: true,
      validators: [Validators.pattern(/^\s*[1-9][0-9]{0,8}\s*$/)],
    }),
    teamIds: new FormControl<string[]>(this.workLocation?.teamIds ?? [], { nonNullable: true }),
    taskTypeIds: new FormControl<string[]>(this.workLocation?.taskTypeIds ?? [], {
      nonNullable: true,
    }),
  });

  protected readonly saving = signal(false);
  protected readonly serverError = signal<unknown>(null);

  save(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const votingArea = value.votingAreaNumber.trim();
    const fields = {
      areaId: value.areaId,
      title: value.title.trim(),
      address: value.address.trim() || null,
      postalCode: value.postalCode.trim() || null,
      city: value.city.trim() || null,
      votingAreaNumber: votingArea ? Number(votingArea) : null,
      teamIds: value.teamIds,
      taskTypeIds: value.taskTypeIds,
    };
    const request = this.workLocation
      ? this.api.updateWorkLocation(this.workLocation.id, {
          ...fields,
          version: this.workLocation.version,
        })
      : this.api.createWorkLocation(fields);

    this.saving.set(true);
    this.serverError.set(null);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        this.serverError.set(error);
      },
    });
  }
}
