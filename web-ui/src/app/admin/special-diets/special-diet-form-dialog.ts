import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AdminApi } from '../../core/api/admin-api';
import { SpecialDiet } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { notBlank } from '../shared/validators';

export const SPECIAL_DIET_TITLE_MAX = 255;

export interface SpecialDietFormDialogData {
  /** The diet to rename, or null to create a new one. */
  diet: SpecialDiet | null;
}

/**
 * Create / rename form for a special diet. Saves itself (POST, or PUT with the version it was
 * opened with), shows the server's translated errors inline and closes with the saved diet.
 */
@Component({
  selector: 'app-special-diet-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './special-diet-form-dialog.html',
  styleUrl: '../shared/form-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SpecialDietFormDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef =
    inject<MatDialogRef<SpecialDietFormDialog, SpecialDiet>>(MatDialogRef);
  protected readonly diet = inject<SpecialDietFormDialogData>(MAT_DIALOG_DATA).diet;

  protected readonly titleMax = SPECIAL_DIET_TITLE_MAX;

  readonly form = new FormGroup({
    title: new FormControl(this.diet?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(SPECIAL_DIET_TITLE_MAX)],
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
    const title = this.form.controls.title.value.trim();
    const request = this.diet
      ? this.api.updateSpecialDiet(this.diet.id, { title, version: this.diet.version })
      : this.api.createSpecialDiet({ title });

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
