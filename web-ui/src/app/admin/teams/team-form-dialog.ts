import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AdminApi } from '../../core/api/admin-api';
import { Team } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { notBlank } from '../shared/validators';

export const TEAM_NAME_MAX = 255;
export const TEAM_SHORT_NAME_MAX = 50;
export const TEAM_DESCRIPTION_MAX = 2000;

export interface TeamFormDialogData {
  /** The team to edit, or null to create a new one. */
  team: Team | null;
}

/**
 * Create / edit form for a team: name, short name and a plain-text description. Saves itself (POST,
 * or PUT with the version it was opened with), shows the server's translated errors inline and
 * closes with the saved team.
 */
@Component({
  selector: 'app-team-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './team-form-dialog.html',
  styleUrl: '../shared/form-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamFormDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<TeamFormDialog, Team>>(MatDialogRef);
  protected readonly team = inject<TeamFormDialogData>(MAT_DIALOG_DATA).team;

  protected readonly nameMax = TEAM_NAME_MAX;
  protected readonly shortNameMax = TEAM_SHORT_NAME_MAX;
  protected readonly descriptionMax = TEAM_DESCRIPTION_MAX;

  readonly form = new FormGroup({
    name: new FormControl(this.team?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(TEAM_NAME_MAX)],
    }),
    shortName: new FormControl(this.team?.shortName ?? '', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(TEAM_SHORT_NAME_MAX)],
    }),
    description: new FormControl(this.team?.description ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(TEAM_DESCRIPTION_MAX)],
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
    const name = this.form.controls.name.value.trim();
    const shortName = this.form.controls.shortName.value.trim();
    const description = this.form.controls.description.value.trim() || null;
    const request = this.team
      ? this.api.updateTeam(this.team.id, {
          name,
          shortName,
          description,
          version: this.team.version,
        })
      : this.api.createTeam({ name, shortName, description });

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
