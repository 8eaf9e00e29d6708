import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { AdminApi } from '../../core/api/admin-api';
import { ELECTION_TYPE_RULES, ElectionType } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { DeletionConfirmation } from '../shared/confirm-deletion';
import { LIST_PAGE_SIZES, pagedSearchList } from '../shared/paged-search-list';
import { ElectionTypeFormDialog, ElectionTypeFormDialogData } from './election-type-form-dialog';

/** The rules of an election type in display order; codes this UI does not know come last. */
export function orderedRules(rules: readonly string[]): string[] {
  const known: readonly string[] = ELECTION_TYPE_RULES;
  return [
    ...ELECTION_TYPE_RULES.filter((rule) => rules.includes(rule)),
    ...rules.filter((rule) => !known.includes(rule)),
  ];
}

/** The municipality's election types with their eligibility rules: search, paging, CRUD. */
@Component({
  selector: 'app-election-types-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatChipsModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './election-types-page.html',
  styleUrls: ['../shared/list-page.scss', './election-types-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ElectionTypesPage {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly deletion = inject(DeletionConfirmation);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['title', 'rules', 'actions'];
  protected readonly pageSizes = LIST_PAGE_SIZES;
  protected readonly list = pagedSearchList((query) => this.api.listElectionTypes(query));
  /** Why the last deletion failed, or null. */
  protected readonly actionError = signal<unknown>(null);

  constructor() {
    this.list.reload();
  }

  openCreate(): void {
    this.openForm(null);
  }

  openEdit(electionType: ElectionType): void {
    this.openForm(electionType);
  }

  confirmDelete(electionType: ElectionType): void {
    this.actionError.set(null);
    this.deletion
      .run(
        this.api.electionTypeDeletionPreview(electionType.id),
        {
          title: this.i18n.t('electionTypes.confirmDelete.title'),
          message: this.i18n.t('electionTypes.confirmDelete.text', { title: electionType.title }),
          yesLabel: this.i18n.t('common.delete'),
          noLabel: this.i18n.t('common.cancel'),
        },
        () => this.api.deleteElectionType(electionType.id),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.notify(this.i18n.t('electionTypes.deleted', { title: electionType.title }));
          this.list.reload();
        },
        error: (error: unknown) => {
          this.actionError.set(error);
          this.list.reload();
        },
      });
  }

  protected rulesOf(electionType: ElectionType): string[] {
    return orderedRules(electionType.rules);
  }

  protected ruleLabel(rule: string): string {
    return this.i18n.tOr(`electionTypes.rule.${rule}`, rule);
  }

  private openForm(electionType: ElectionType | null): void {
    this.actionError.set(null);
    this.dialog
      .open<ElectionTypeFormDialog, ElectionTypeFormDialogData, ElectionType>(
        ElectionTypeFormDialog,
        { data: { electionType }, width: '560px', maxWidth: '95vw' },
      )
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) {
          const key = electionType ? 'electionTypes.updated' : 'electionTypes.created';
          this.notify(this.i18n.t(key, { title: saved.title }));
          this.list.reload();
        }
      });
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('common.close'), { duration: 4000 });
  }
}
