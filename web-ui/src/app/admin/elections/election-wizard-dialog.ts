import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatStepperModule } from '@angular/material/stepper';
import { AdminApi } from '../../core/api/admin-api';
import { Election, ElectionType, WorkLocation } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { notBlank } from '../shared/validators';
import { electionPeriod, isoDay, wholeNumber } from './election-form';
import { WorkLocationChecklist } from './work-location-checklist';

export const ELECTION_TITLE_MAX = 255;
export const LOCK_PERIOD_MAX_DAYS = 365;

export interface ElectionWizardData {
  /** The election to edit, or null to create a new one. */
  election: Election | null;
  /** The election types to choose from (Danish order). */
  types: ElectionType[];
  /** The work locations to choose from (Danish order). */
  workLocations: WorkLocation[];
}

/**
 * The create wizard of an election in three steps (title, type and lock period → period and election day → the
 * work locations that take part); editing uses the same steps, freely navigable. While the election is active the
 * server refuses a new type, period or election day and the removal of work locations, so those are locked here.
 */
@Component({
  selector: 'app-election-wizard-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    WorkLocationChecklist,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatStepperModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './election-wizard-dialog.html',
  styleUrls: ['../shared/form-dialog.scss', './election-wizard-dialog.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ElectionWizardDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<ElectionWizardDialog, Election>>(MatDialogRef);
  private readonly data = inject<ElectionWizardData>(MAT_DIALOG_DATA);
  protected readonly election = this.data.election;
  protected readonly types = this.data.types;
  protected readonly workLocations = this.data.workLocations;
  protected readonly locked = this.election?.active ?? false;
  protected readonly titleMax = ELECTION_TITLE_MAX;

  readonly basics = new FormGroup({
    title: new FormControl(this.election?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(ELECTION_TITLE_MAX)],
    }),
    electionTypeId: new FormControl(
      { value: this.election?.electionTypeId ?? '', disabled: this.locked },
      { nonNullable: true, validators: [Validators.required] },
    ),
    lockPeriodDays: new FormControl<number | null>(this.election?.lockPeriodDays ?? 5, {
      validators: [wholeNumber(1, LOCK_PERIOD_MAX_DAYS)],
    }),
  });

  readonly period = new FormGroup(
    {
      periodStart: new FormControl(
        { value: this.election?.periodStart ?? '', disabled: this.locked },
        { nonNullable: true, validators: [isoDay] },
      ),
      periodEnd: new FormControl(
        { value: this.election?.periodEnd ?? '', disabled: this.locked },
        { nonNullable: true, validators: [isoDay] },
      ),
      electionDate: new FormControl(
        { value: this.election?.electionDate ?? '', disabled: this.locked },
        { nonNullable: true, validators: [isoDay] },
      ),
    },
    { validators: electionPeriod('periodStart', 'periodEnd', 'electionDate') },
  );

  /** The three days of the period step, in the order they are asked for. */
  protected readonly periodDays = [
    {
      control: 'periodStart',
      label: 'elections.form.periodStart',
      testId: 'election-period-start',
    },
    { control: 'periodEnd', label: 'elections.form.periodEnd', testId: 'election-period-end' },
    { control: 'electionDate', label: 'elections.form.electionDate', testId: 'election-date' },
  ] as const;

  readonly places = new FormGroup({
    workLocationIds: new FormControl<string[]>(this.election?.workLocationIds ?? [], {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });

  protected readonly saving = signal(false);
  protected readonly serverError = signal<unknown>(null);

  /** While the election is active its work locations stay; new ones may be added. */
  protected readonly fixedLocations = this.locked ? (this.election?.workLocationIds ?? []) : [];

  protected choose(workLocationIds: string[]): void {
    this.places.controls.workLocationIds.setValue(workLocationIds);
    this.places.controls.workLocationIds.markAsTouched();
  }

  protected chooseAll(): void {
    this.places.controls.workLocationIds.setValue(this.workLocations.map((l) => l.id));
  }

  save(): void {
    if (this.saving()) {
      return;
    }
    if (this.basics.invalid || this.period.invalid || this.places.invalid) {
      this.basics.markAllAsTouched();
      this.period.markAllAsTouched();
      this.places.markAllAsTouched();
      return;
    }
    const basics = this.basics.getRawValue();
    const period = this.period.getRawValue();
    const fields = {
      title: basics.title.trim(),
      electionTypeId: basics.electionTypeId,
      lockPeriodDays: Number(basics.lockPeriodDays),
      periodStart: period.periodStart,
      periodEnd: period.periodEnd,
      electionDate: period.electionDate,
      workLocationIds: this.places.getRawValue().workLocationIds,
    };
    const request = this.election
      ? this.api.updateElection(this.election.id, { ...fields, version: this.election.version })
      : this.api.createElection(fields);
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
