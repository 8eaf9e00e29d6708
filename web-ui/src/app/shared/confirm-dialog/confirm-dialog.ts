import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { Observable, map } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

export interface ConfirmDialogData {
  title: string;
  message: string;
  /** Label of the confirming button; defaults to "Ja"/"Yes". */
  yesLabel?: string;
  /** Label of the declining button; defaults to "Nej"/"No". */
  noLabel?: string;
  /** Translated reasons that forbid the action: shown instead of the question, with no "yes" button. */
  blockers?: string[];
  /** Translated consequences the person accepts by answering "yes". */
  warnings?: string[];
}

/** A yes/no question. Closes with true only when "yes" is chosen. */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      @if (blocked) {
        <p>{{ 'confirm.blocked' | t }}</p>
        <ul>
          @for (blocker of data.blockers; track blocker) {
            <li data-testid="confirm-blocker">{{ blocker }}</li>
          }
        </ul>
      } @else {
        <p data-testid="confirm-message">{{ data.message }}</p>
        @if (data.warnings?.length) {
          <ul>
            @for (warning of data.warnings; track warning) {
              <li data-testid="confirm-warning">{{ warning }}</li>
            }
          </ul>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" data-testid="confirm-no">
        {{ blocked ? ('common.close' | t) : (data.noLabel ?? ('common.no' | t)) }}
      </button>
      @if (!blocked) {
        <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="confirm-yes">
          {{ data.yesLabel ?? ('common.yes' | t) }}
        </button>
      }
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  protected readonly blocked = (this.data.blockers?.length ?? 0) > 0;

  /** Opens the dialog; emits true when confirmed, false when declined or dismissed. */
  static ask(dialog: MatDialog, data: ConfirmDialogData): Observable<boolean> {
    return dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data,
        role: 'alertdialog',
        autoFocus: 'first-tabbable',
        width: '440px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(map((result) => result === true));
  }
}
