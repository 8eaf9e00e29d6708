import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { AdminApi } from '../../core/api/admin-api';
import { Team } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { DeletionConfirmation } from '../shared/confirm-deletion';
import { LIST_PAGE_SIZES, pagedSearchList } from '../shared/paged-search-list';
import { TeamFormDialog, TeamFormDialogData } from './team-form-dialog';

/** The municipality's teams (parties, own staff, volunteers): search, paging, CRUD. */
@Component({
  selector: 'app-teams-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './teams-page.html',
  styleUrls: ['../shared/list-page.scss', './teams-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamsPage {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly deletion = inject(DeletionConfirmation);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['name', 'shortName', 'description', 'actions'];
  protected readonly pageSizes = LIST_PAGE_SIZES;
  protected readonly list = pagedSearchList((query) => this.api.listTeams(query));
  /** Why the last deletion failed, or null. */
  protected readonly actionError = signal<unknown>(null);

  constructor() {
    this.list.reload();
  }

  openCreate(): void {
    this.openForm(null);
  }

  openEdit(team: Team): void {
    this.openForm(team);
  }

  confirmDelete(team: Team): void {
    this.actionError.set(null);
    this.deletion
      .run(
        this.api.teamDeletionPreview(team.id),
        {
          title: this.i18n.t('teams.confirmDelete.title'),
          message: this.i18n.t('teams.confirmDelete.text', { name: team.name }),
          yesLabel: this.i18n.t('common.delete'),
          noLabel: this.i18n.t('common.cancel'),
        },
        () => this.api.deleteTeam(team.id),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.notify(this.i18n.t('teams.deleted', { name: team.name }));
          this.list.reload();
        },
        error: (error: unknown) => {
          this.actionError.set(error);
          this.list.reload();
        },
      });
  }

  private openForm(team: Team | null): void {
    this.actionError.set(null);
    this.dialog
      .open<TeamFormDialog, TeamFormDialogData, Team>(TeamFormDialog, {
        data: { team },
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) {
          const key = team ? 'teams.updated' : 'teams.created';
          this.notify(this.i18n.t(key, { name: saved.name }));
          this.list.reload();
        }
      });
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('common.close'), { duration: 4000 });
  }
}
