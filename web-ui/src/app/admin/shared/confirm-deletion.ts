import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Observable, filter, map, switchMap } from 'rxjs';
import { ConsequenceItem, Consequences } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog/confirm-dialog';

/** The already translated question of a deletion dialog. */
export type DeletionQuestion = Omit<ConfirmDialogData, 'blockers' | 'warnings'>;

/** Text of one consequence: the key `consequence.<code>` with its params, or the raw code if unknown. */
export function consequenceText(i18n: I18nService, item: ConsequenceItem): string {
  return i18n.tOr(`consequence.${item.code}`, item.code, item.params);
}

/** ConfirmDialog data for the server's preview of a deletion: blockers (no "yes") and warnings. */
export function deletionDialogData(
  i18n: I18nService,
  preview: Consequences,
  question: DeletionQuestion,
): ConfirmDialogData {
  return {
    ...question,
    blockers: preview.blockers.map((item) => consequenceText(i18n, item)),
    warnings: preview.warnings.map((item) => consequenceText(i18n, item)),
  };
}

/**
 * Confirm-before-destroy: the server's consequences first, the person's "yes", then the deletion.
 */
@Injectable({ providedIn: 'root' })
export class DeletionConfirmation {
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  /**
   * Fetches the preview, shows it with the question and calls `remove` only after "yes". Emits once
   * when deleted; completes without emitting when declined or blocked; errors if a request fails.
   */
  run(
    preview: Observable<Consequences>,
    question: DeletionQuestion,
    remove: () => Observable<void>,
  ): Observable<void> {
    return preview.pipe(
      switchMap((consequences) =>
        ConfirmDialog.ask(this.dialog, deletionDialogData(this.i18n, consequences, question)),
      ),
      filter((confirmed) => confirmed),
      switchMap(() => remove()),
      map(() => undefined),
    );
  }
}
