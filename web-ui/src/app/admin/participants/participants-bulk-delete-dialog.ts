import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AdminApi } from '../../core/api/admin-api';
import { Consequences } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { consequenceText } from '../shared/confirm-deletion';

/**
 * Deletes many participants at once after the server's consequences and a typed confirmation word ("SLET", or
 * "DELETE" in English), which the server checks again. Closes with the number deleted.
 */
@Component({
  selector: 'app-participants-bulk-delete-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorMessage,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'participants.bulkDelete.title' | t: { count: data.ids.length } }}</h2>
    <mat-dialog-content>
      <app-error-message [error]="error()" />
      <p data-testid="confirm-message">{{ 'participants.bulkDelete.text' | t }}</p>
      @if (preview(); as consequences) {
        <ul>
          @for (warning of consequences.warnings; track $index) {
            <li data-testid="confirm-warning">{{ text(warning) }}</li>
          }
        </ul>
      }
      <mat-form-field appearance="outline" class="full-width">
        <mat-label>{{ 'participants.bulkDelete.typeWord' | t: { word: word() } }}</mat-label>
        <input
          matInput
          [formControl]="typed"
          autocomplete="off"
          data-testid="participant-bulk-word"
          (keydown.enter)="confirm()"
        />
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="0" data-testid="confirm-no">
        {{ 'common.cancel' | t }}
      </button>
      <button
        mat-flat-button
        type="button"
        class="danger"
        data-testid="participant-bulk-confirm"
        [disabled]="!matches() || busy() || !preview()"
        (click)="confirm()"
      >
        {{ 'participants.bulkDelete.confirm' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styleUrl: '../shared/form-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantsBulkDeleteDialog {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly dialogRef =
    inject<MatDialogRef<ParticipantsBulkDeleteDialog, number>>(MatDialogRef);
  protected readonly data = inject<{ ids: string[] }>(MAT_DIALOG_DATA);

  readonly typed = new FormControl('', { nonNullable: true });
  private readonly typedValue = toSignal(this.typed.valueChanges, { initialValue: '' });
  protected readonly word = computed(() => this.i18n.t('participants.bulkDelete.word'));
  protected readonly matches = computed(
    () => this.typedValue().trim().toUpperCase() === this.word().toUpperCase(),
  );
  protected readonly preview = signal<Consequences | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);

  constructor() {
    this.api.participantsDeletionPreview(this.data.ids).subscribe({
      next: (preview) => this.preview.set(preview),
      error: (error: unknown) => this.error.set(error),
    });
  }

  protected text(item: Consequences['warnings'][number]): string {
    return consequenceText(this.i18n, item);
  }

  confirm(): void {
    if (!this.matches() || this.busy()) {
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api.deleteParticipants(this.data.ids, this.typed.value.trim()).subscribe({
      next: (result) => this.dialogRef.close(result.deleted),
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(error);
      },
    });
  }
}
