import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AdminApi } from '../../core/api/admin-api';
import { Participant, SpecialDiet, Team } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { MOBILE_PATTERN } from './participant-create-dialog';

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
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <h2 mat-dialog-title>{{ 'participants.form.editTitle' | t }}</h2>
      <mat-dialog-content>
        <app-error-message [error]="serverError()" />
        <mat-form-field appearance="outline" class="full-width">
          <mat-label>{{ 'participants.lookup.teams' | t }}</mat-label>
          <mat-select formControlName="teamIds" multiple data-testid="participant-teams" required>
            @for (team of data.teams; track team.id) {
              <mat-option [value]="team.id">{{ team.name }} ({{ team.shortName }})</mat-option>
            }
          </mat-select>
          @if (form.controls.teamIds.hasError('required')) {
            <mat-error data-testid="error-message">{{
              'participants.lookup.teamsRequired' | t
            }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="full-width">
          <mat-label>{{ 'participants.form.mobile' | t }}</mat-label>
          <input
            matInput
            formControlName="mobile"
            data-testid="participant-mobile"
            autocomplete="off"
            inputmode="tel"
          />
          <mat-hint>{{ 'participants.form.mobileHint' | t }}</mat-hint>
          @if (form.controls.mobile.hasError('pattern')) {
            <mat-error data-testid="error-message">{{
              'participants.form.mobileInvalid' | t
            }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="full-width">
          <mat-label>{{ 'participants.form.email' | t }}</mat-label>
          <input
            matInput
            type="email"
            formControlName="email"
            data-testid="participant-email"
            autocomplete="off"
          />
          @if (form.controls.email.invalid) {
            <mat-error data-testid="error-message">{{
              'participants.form.emailInvalid' | t
            }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="full-width">
          <mat-label>{{ 'participants.form.specialDiets' | t }}</mat-label>
          <mat-select formControlName="specialDietIds" multiple data-testid="participant-diets">
            @for (diet of data.diets; track diet.id) {
              <mat-option [value]="diet.id">{{ diet.title }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
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

  readonly form = new FormGroup({
    teamIds: new FormControl<string[]>([...this.data.participant.teamIds], {
      nonNullable: true,
      validators: [Validators.required],
    }),
    mobile: new FormControl(this.data.participant.mobile ?? '', {
      nonNullable: true,
      validators: [Validators.pattern(MOBILE_PATTERN)],
    }),
    email: new FormControl(this.data.participant.email ?? '', {
      nonNullable: true,
      validators: [Validators.email, Validators.maxLength(254)],
    }),
    specialDietIds: new FormControl<string[]>([...this.data.participant.specialDietIds], {
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
    this.saving.set(true);
    this.serverError.set(null);
    this.api
      .updateParticipant(this.data.participant.id, {
        teamIds: value.teamIds,
        mobile: value.mobile.trim() || null,
        email: value.email.trim() || null,
        specialDietIds: value.specialDietIds,
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
