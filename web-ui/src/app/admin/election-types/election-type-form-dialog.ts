import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AdminApi } from '../../core/api/admin-api';
import { ELECTION_TYPE_RULES, ElectionType, ElectionTypeRule } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { notBlank } from '../shared/validators';

export const ELECTION_TYPE_TITLE_MAX = 255;

export interface ElectionTypeFormDialogData {
  /** The election type to edit, or null to create a new one. */
  electionType: ElectionType | null;
}

type RuleControls = Record<ElectionTypeRule, FormControl<boolean>>;

/**
 * Create / edit form for an election type: its title and one checkbox per eligibility rule. Saves
 * itself (POST, or PUT with the version it was opened with), shows the server's translated errors
 * inline and closes with the saved election type.
 */
@Component({
  selector: 'app-election-type-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './election-type-form-dialog.html',
  styleUrls: ['../shared/form-dialog.scss', './election-type-form-dialog.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ElectionTypeFormDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef =
    inject<MatDialogRef<ElectionTypeFormDialog, ElectionType>>(MatDialogRef);
  protected readonly electionType =
    inject<ElectionTypeFormDialogData>(MAT_DIALOG_DATA).electionType;

  protected readonly titleMax = ELECTION_TYPE_TITLE_MAX;
  protected readonly rules = ELECTION_TYPE_RULES;

  readonly form = new FormGroup({
    title: new FormControl(this.electionType?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(ELECTION_TYPE_TITLE_MAX)],
    }),
    rules: new FormGroup(
      Object.fromEntries(
        ELECTION_TYPE_RULES.map((rule) => [
          rule,
          new FormControl(this.electionType?.rules.includes(rule) ?? false, { nonNullable: true }),
        ]),
      ) as RuleControls,
    ),
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
    const rules = this.chosenRules();
    const request = this.electionType
      ? this.api.updateElectionType(this.electionType.id, {
          title,
          rules,
          version: this.electionType.version,
        })
      : this.api.createElectionType({ title, rules });

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

  /**
   * The ticked rules in display order. Rules this version of the UI does not know (the server may
   * have more) are kept as they were rather than silently dropped.
   */
  private chosenRules(): string[] {
    const ticked = this.form.controls.rules.getRawValue();
    const known: readonly string[] = ELECTION_TYPE_RULES;
    const unknown = (this.electionType?.rules ?? []).filter((rule) => !known.includes(rule));
    return [...ELECTION_TYPE_RULES.filter((rule) => ticked[rule]), ...unknown];
  }
}
