import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { SpecialDiet, Team } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** Eight digits, optionally after +45 / 0045, with spaces or dashes. */
export const MOBILE_PATTERN = /^\s*((\+|00)45)?[\s-]*([2-9][\s-]*(\d[\s-]*){7})$/;

/** What the office keeps about a participant beyond the CPR data. */
export interface ParticipantContact {
  teamIds: string[];
  mobile: string | null;
  email: string | null;
  specialDietIds: string[];
}

export type ParticipantContactForm = ReturnType<typeof participantContactForm>;

/** The form of teams (at least one), mobile number, e-mail and special diets, filled with `initial`. */
export function participantContactForm(initial?: ParticipantContact) {
  return new FormGroup({
    teamIds: new FormControl<string[]>([...(initial?.teamIds ?? [])], {
      nonNullable: true,
      validators: [Validators.required],
    }),
    mobile: new FormControl(initial?.mobile ?? '', {
      nonNullable: true,
      validators: [Validators.pattern(MOBILE_PATTERN)],
    }),
    email: new FormControl(initial?.email ?? '', {
      nonNullable: true,
      validators: [Validators.email, Validators.maxLength(254)],
    }),
    specialDietIds: new FormControl<string[]>([...(initial?.specialDietIds ?? [])], {
      nonNullable: true,
    }),
  });
}

/** The form's values as the server takes them: blank texts become null. */
export function participantContact(form: ParticipantContactForm): ParticipantContact {
  const value = form.getRawValue();
  return {
    teamIds: value.teamIds,
    mobile: value.mobile.trim() || null,
    email: value.email.trim() || null,
    specialDietIds: value.specialDietIds,
  };
}

/** The fields of {@link participantContactForm}, shared by the create and the edit dialog. */
@Component({
  selector: 'app-participant-contact-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  template: `
    <div [formGroup]="form()">
      <mat-form-field appearance="outline" class="full-width">
        <mat-label>{{ 'participants.lookup.teams' | t }}</mat-label>
        <mat-select formControlName="teamIds" multiple data-testid="participant-teams" required>
          @for (team of teams(); track team.id) {
            <mat-option [value]="team.id">{{ team.name }} ({{ team.shortName }})</mat-option>
          }
        </mat-select>
        @if (form().controls.teamIds.hasError('required')) {
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
        @if (form().controls.mobile.hasError('pattern')) {
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
        @if (form().controls.email.invalid) {
          <mat-error data-testid="error-message">{{
            'participants.form.emailInvalid' | t
          }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="full-width">
        <mat-label>{{ 'participants.form.specialDiets' | t }}</mat-label>
        <mat-select formControlName="specialDietIds" multiple data-testid="participant-diets">
          @for (diet of diets(); track diet.id) {
            <mat-option [value]="diet.id">{{ diet.title }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
  `,
  styleUrl: '../shared/form-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantContactFields {
  readonly form = input.required<ParticipantContactForm>();
  readonly teams = input.required<Team[]>();
  readonly diets = input.required<SpecialDiet[]>();
}
