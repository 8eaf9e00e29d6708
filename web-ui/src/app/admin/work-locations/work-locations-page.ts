import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { forkJoin } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { Area, Team, WorkLocation } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { DeletionConfirmation } from '../shared/confirm-deletion';
import { LIST_PAGE_SIZES, pagedSearchList } from '../shared/paged-search-list';
import { WorkLocationFormDialog, WorkLocationFormDialogData } from './work-location-form-dialog';

/** As many teams as the server pages at once; a municipality has a few dozen at most. */
export const TEAM_CHOICES_SIZE = 200;

/** The municipality's work locations with their area and teams: search, area filter, paging, CRUD. */
@Component({
  selector: 'app-work-locations-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatChipsModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './work-locations-page.html',
  styleUrls: ['../shared/list-page.scss', './work-locations-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkLocationsPage {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly deletion = inject(DeletionConfirmation);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['title', 'area', 'address', 'votingArea', 'teams', 'actions'];
  protected readonly pageSizes = LIST_PAGE_SIZES;
  /** The area the list is narrowed to ('' = all areas). */
  protected readonly areaFilter = signal('');
  protected readonly list = pagedSearchList((query) =>
    this.api.listWorkLocations({ ...query, areaId: this.areaFilter() || null }),
  );
  protected readonly areas = signal<Area[]>([]);
  protected readonly teams = signal<Team[]>([]);
  /** Why loading the areas and teams failed, or null. */
  protected readonly choicesError = signal<unknown>(null);
  /** Why the last deletion failed, or null. */
  protected readonly actionError = signal<unknown>(null);

  private readonly areaNames = computed(
    () => new Map(this.areas().map((area) => [area.id, area.name] as const)),
  );
  private readonly teamsById = computed(
    () => new Map(this.teams().map((team) => [team.id, team] as const)),
  );

  constructor() {
    this.list.reload();
    this.loadChoices();
  }

  loadChoices(): void {
    forkJoin({
      areas: this.api.listAreas(),
      teams: this.api.listTeams({ page: 0, size: TEAM_CHOICES_SIZE }),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ areas, teams }) => {
          this.areas.set(areas);
          this.teams.set(teams.items);
          this.choicesError.set(null);
        },
        error: (error: unknown) => this.choicesError.set(error),
      });
  }

  filterByArea(areaId: string): void {
    this.areaFilter.set(areaId);
    this.list.onPage({ pageIndex: 0, pageSize: this.list.pageSize(), length: 0 });
  }

  openCreate(): void {
    this.openForm(null);
  }

  openEdit(workLocation: WorkLocation): void {
    this.openForm(workLocation);
  }

  confirmDelete(workLocation: WorkLocation): void {
    this.actionError.set(null);
    this.deletion
      .run(
        this.api.workLocationDeletionPreview(workLocation.id),
        {
          title: this.i18n.t('workLocations.confirmDelete.title'),
          message: this.i18n.t('workLocations.confirmDelete.text', { title: workLocation.title }),
          yesLabel: this.i18n.t('common.delete'),
          noLabel: this.i18n.t('common.cancel'),
        },
        () => this.api.deleteWorkLocation(workLocation.id),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.notify(this.i18n.t('workLocations.deleted', { title: workLocation.title }));
          this.list.reload();
        },
        error: (error: unknown) => {
          this.actionError.set(error);
          this.list.reload();
        },
      });
  }

  protected areaName(workLocation: WorkLocation): string {
    return this.areaNames().get(workLocation.areaId) ?? '';
  }

  /** The names of the location's teams; a team this page has not loaded is left out. */
  protected teamNames(workLocation: WorkLocation): string[] {
    return workLocation.teamIds
      .map((id) => this.teamsById().get(id))
      .filter((team): team is Team => team !== undefined)
      .map((team) => team.name);
  }

  protected address(workLocation: WorkLocation): string {
    const place = [workLocation.postalCode, workLocation.city].filter(Boolean).join(' ');
    return [workLocation.address, place].filter(Boolean).join(', ');
  }

  private openForm(workLocation: WorkLocation | null): void {
    this.actionError.set(null);
    this.dialog
      .open<WorkLocationFormDialog, WorkLocationFormDialogData, WorkLocation>(
        WorkLocationFormDialog,
        {
          data: { workLocation, areas: this.areas(), teams: this.teams() },
          width: '600px',
          maxWidth: '95vw',
        },
      )
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) {
          const key = workLocation ? 'workLocations.updated' : 'workLocations.created';
          this.notify(this.i18n.t(key, { title: saved.title }));
          this.list.reload();
        }
      });
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('common.close'), { duration: 4000 });
  }
}
