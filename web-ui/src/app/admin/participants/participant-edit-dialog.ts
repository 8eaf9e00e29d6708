import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { AdminApi } from '../../core/api/admin-api';
import { Participant, SpecialDiet, Team } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import {
  ParticipantContactFields,
  participantContact,
  participantContactForm,
} from './participant-contact-fields';

export interface ParticipantEditDialogData {
  participant: Participant;
  teams: Team[];
  diets: SpecialDiet[];
}

/** Edits what the office keeps: teams (at least one), mobile number, e-mail and special diets. */
@Component({
  selector: 'app-participant-edit-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    ParticipantContactFields,
    TranslatePipe,
    ErrorMessage,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <h2 mat-dialog-title>{{ 'participants.form.editTitle' | t }}</h2>
      <mat-dialog-content>
        <app-error-message [error]="serverError()" />
        <app-participant-contact-fields [form]="form" [teams]="data.teams" [diets]="data.diets" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="participant-cancel">
          {{ 'common.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" data-testid="participant-save" [disabled]="saving()">
          {{ 'common.save' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../shared/form-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantEditDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef =
    inject<MatDialogRef<ParticipantEditDialog, Participant>>(MatDialogRef);
  protected readonly data = inject<ParticipantEditDialogData>(MAT_DIALOG_DATA);

  readonly form = participantContactForm(this.data.participant);

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
    this.saving.set(true);
    this.serverError.set(null);
    this.api
      .updateParticipant(this.data.participant.id, {
        ...participantContact(this.form),
        version: this.data.participant.version,
      })
      .subscribe({
        next: (saved) => this.dialogRef.close(saved),
        error: (error: unknown) => {
          this.saving.set(false);
          this.serverError.set(error);
        },
      });
  }
}
