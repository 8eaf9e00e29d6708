import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AdminApi } from '../../core/api/admin-api';
import { Election, ElectionType, WorkLocation } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { notBlank } from '../shared/validators';
import { isoDay, wholeNumber } from './election-form';
import { ELECTION_TITLE_MAX, LOCK_PERIOD_MAX_DAYS } from './election-wizard-dialog';
import { WorkLocationChecklist } from './work-location-checklist';

export interface DuplicateElectionData {
  source: Election;
  types: ElectionType[];
  /** All work locations; those of the source are offered. */
  workLocations: WorkLocation[];
}

/** How many days the copy's period reaches around its election day unless the admin says otherwise. */
export const DEFAULT_DAYS_BEFORE = 30;
export const DEFAULT_DAYS_AFTER = 1;

/**
 * Copies an election to a new election day: title, type and lock period (prefilled from the source), the new
 * election day, the days of the period before and after it, and which of the source's work locations come along.
 * The copy is inactive and holds no people.
 */
@Component({
  selector: 'app-duplicate-election-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    WorkLocationChecklist,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './duplicate-election-dialog.html',
  styleUrls: ['../shared/form-dialog.scss', './election-wizard-dialog.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DuplicateElectionDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef =
    inject<MatDialogRef<DuplicateElectionDialog, Election>>(MatDialogRef);
  private readonly data = inject<DuplicateElectionData>(MAT_DIALOG_DATA);
  protected readonly source = this.data.source;
  protected readonly types = this.data.types;
  protected readonly workLocations = this.data.workLocations.filter((l) =>
    this.source.workLocationIds.includes(l.id),
  );

  readonly form = new FormGroup({
    title: new FormControl(this.source.title, {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(ELECTION_TITLE_MAX)],
    }),
    electionTypeId: new FormControl(this.source.electionTypeId, {
      nonNullable: true,
      validators: [Validators.required],
    }),
    lockPeriodDays: new FormControl<number | null>(this.source.lockPeriodDays, {
      validators: [wholeNumber(1, LOCK_PERIOD_MAX_DAYS)],
    }),
    electionDate: new FormControl('', { nonNullable: true, validators: [isoDay] }),
    daysBefore: new FormControl<number | null>(DEFAULT_DAYS_BEFORE, {
      validators: [wholeNumber(0, 365)],
    }),
    daysAfter: new FormControl<number | null>(DEFAULT_DAYS_AFTER, {
      validators: [wholeNumber(0, 365)],
    }),
    workLocationIds: new FormControl<string[]>(
      this.workLocations.map((l) => l.id),
      { nonNullable: true, validators: [Validators.required] },
    ),
  });

  protected readonly saving = signal(false);
  protected readonly serverError = signal<unknown>(null);

  protected choose(workLocationIds: string[]): void {
    this.form.controls.workLocationIds.setValue(workLocationIds);
    this.form.controls.workLocationIds.markAsTouched();
  }

  save(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.serverError.set(null);
    this.api
      .duplicateElection(this.source.id, {
        title: value.title.trim(),
        electionTypeId: value.electionTypeId,
        lockPeriodDays: Number(value.lockPeriodDays),
        electionDate: value.electionDate,
        daysBefore: Number(value.daysBefore),
        daysAfter: Number(value.daysAfter),
        workLocationIds: value.workLocationIds,
      })
      .subscribe({
        next: (copy) => this.dialogRef.close(copy),
        error: (error: unknown) => {
          this.saving.set(false);
          this.serverError.set(error);
        },
      });
  }
}
