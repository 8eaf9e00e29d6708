import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AdminApi } from '../../core/api/admin-api';
import { PersonLookup, SpecialDiet, Team } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import {
  ParticipantContactFields,
  participantContact,
  participantContactForm,
} from './participant-contact-fields';
import { PersonCard } from './person-card';

export interface ParticipantCreateDialogData {
  teams: Team[];
  diets: SpecialDiet[];
}

/** The participant to open: the new one, or the one who already had the CPR number. */
export interface ParticipantCreateResult {
  id: string;
  name: string;
  created: boolean;
}

/** ddmmyy-xxxx or ten digits. */
export const CPR_PATTERN = /^\s*\d{6}-?\d{4}\s*$/;

/**
 * Creates a participant from a CPR look-up: the CPR number first (the register's answer is shown, with the
 * eligibility per election type and a note if the person already is a participant), then teams (at least one),
 * contact details and special diets. The server looks the number up again when creating, so nothing that the
 * browser holds decides the stored person data. If the register is down, the error says so and nothing is saved.
 */
@Component({
  selector: 'app-participant-create-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ParticipantContactFields,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    PersonCard,
  ],
  templateUrl: './participant-create-dialog.html',
  styleUrl: '../shared/form-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantCreateDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef =
    inject<MatDialogRef<ParticipantCreateDialog, ParticipantCreateResult>>(MatDialogRef);
  protected readonly data = inject<ParticipantCreateDialogData>(MAT_DIALOG_DATA);

  readonly cpr = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(CPR_PATTERN)],
  });
  readonly lookupForm = new FormGroup({ cpr: this.cpr });
  readonly form = participantContactForm();

  protected readonly lookup = signal<PersonLookup | null>(null);
  protected readonly busy = signal(false);
  protected readonly serverError = signal<unknown>(null);

  lookUp(): void {
    if (this.busy()) {
      return;
    }
    if (this.cpr.invalid) {
      this.cpr.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.serverError.set(null);
    this.api.lookUpPerson(this.cpr.value.trim()).subscribe({
      next: (lookup) => {
        this.busy.set(false);
        this.lookup.set(lookup);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.serverError.set(error);
      },
    });
  }

  again(): void {
    this.lookup.set(null);
    this.serverError.set(null);
    this.cpr.setValue('');
  }

  openExisting(lookup: PersonLookup): void {
    if (lookup.participantId) {
      this.dialogRef.close({
        id: lookup.participantId,
        name: lookup.person.fullName,
        created: false,
      });
    }
  }

  create(): void {
    if (this.busy() || !this.lookup()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.serverError.set(null);
    this.api
      .createParticipant({ cpr: this.cpr.value.trim(), ...participantContact(this.form) })
      .subscribe({
        next: (participant) =>
          this.dialogRef.close({
            id: participant.id,
            name: participant.person.fullName,
            created: true,
          }),
        error: (error: unknown) => {
          this.busy.set(false);
          this.serverError.set(error);
        },
      });
  }
}
