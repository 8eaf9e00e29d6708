import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AdminApi } from '../../core/api/admin-api';
import { Area } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { notBlank } from '../shared/validators';

export const AREA_NAME_MAX = 255;
export const AREA_DESCRIPTION_MAX = 2000;

export interface AreaFormDialogData {
  /** The area to edit, or null to create a new one. */
  area: Area | null;
}

/**
 * Create / edit form for an area. Saves itself (POST or PUT with the version it was opened with),
 * shows the server's translated errors inline and closes with the saved area on success.
 */
@Component({
  selector: 'app-area-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './area-form-dialog.html',
  styleUrl: './area-form-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AreaFormDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<AreaFormDialog, Area>>(MatDialogRef);
  protected readonly area = inject<AreaFormDialogData>(MAT_DIALOG_DATA).area;

  protected readonly nameMax = AREA_NAME_MAX;
  protected readonly descriptionMax = AREA_DESCRIPTION_MAX;

  readonly form = new FormGroup({
    name: new FormControl(this.area?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(AREA_NAME_MAX)],
    }),
    description: new FormControl(this.area?.description ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(AREA_DESCRIPTION_MAX)],
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
    const description = this.form.controls.description.value.trim() || null;
    const request = this.area
      ? this.api.updateArea(this.area.id, { name, description, version: this.area.version })
      : this.api.createArea({ name, description });

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
