import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Observable, forkJoin } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { Area, Consequences, TaskType, Team, WorkLocation } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { ListHeader, ListPaginator, ListSearch, RowActions } from '../shared/list-parts';
import { MasterDataListPage } from '../shared/master-data-list-page';
import { pagedSearchList } from '../shared/paged-search-list';
import { WorkLocationFormDialog } from './work-location-form-dialog';

/** As many teams or task types as the server pages at once; a municipality has a few dozen at most. */
export const CHOICES_SIZE = 200;

/** The municipality's work locations with their area and teams: search, area filter, paging, CRUD. */
@Component({
  selector: 'app-work-locations-page',
  imports: [
    MatTableModule,
    MatFormFieldModule,
    MatSelectModule,
    MatChipsModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    ListHeader,
    ListSearch,
    RowActions,
    ListPaginator,
  ],
  templateUrl: './work-locations-page.html',
  styleUrls: ['../shared/list-page.scss', './work-locations-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkLocationsPage extends MasterDataListPage<WorkLocation> {
  private readonly api = inject(AdminApi);

  protected readonly columns = [
    'title',
    'area',
    'address',
    'votingArea',
    'teams',
    'taskTypes',
    'actions',
  ];
  /** The area the list is narrowed to ('' = all areas). */
  protected readonly areaFilter = signal('');
  protected override readonly list = pagedSearchList((query) =>
    this.api.listWorkLocations({ ...query, areaId: this.areaFilter() || null }),
  );
  protected readonly areas = signal<Area[]>([]);
  protected readonly teams = signal<Team[]>([]);
  protected readonly taskTypes = signal<TaskType[]>([]);
  /** Why loading the areas and teams failed, or null. */
  protected readonly choicesError = signal<unknown>(null);

  private readonly areaNames = computed(
    () => new Map(this.areas().map((area) => [area.id, area.name] as const)),
  );
  private readonly teamsById = computed(
    () => new Map(this.teams().map((team) => [team.id, team] as const)),
  );
  private readonly taskTypesById = computed(
    () => new Map(this.taskTypes().map((taskType) => [taskType.id, taskType] as const)),
  );

  protected override readonly texts = 'workLocations';
  protected override readonly form = {
    component: WorkLocationFormDialog,
    data: (item: WorkLocation | null) => ({
      workLocation: item,
      areas: this.areas(),
      teams: this.teams(),
      taskTypes: this.taskTypes(),
    }),
    width: '600px',
  };

  protected override nameOf(location: WorkLocation): Record<string, string> {
    return { title: location.title };
  }

  protected override deletionPreview(location: WorkLocation): Observable<Consequences> {
    return this.api.workLocationDeletionPreview(location.id);
  }

  protected override remove(location: WorkLocation): Observable<void> {
    return this.api.deleteWorkLocation(location.id);
  }

  constructor() {
    super();
    this.list.reload();
    this.loadChoices();
  }

  loadChoices(): void {
    forkJoin({
      areas: this.api.listAreas(),
      teams: this.api.listTeams({ page: 0, size: CHOICES_SIZE }),
      taskTypes: this.api.listTaskTypes({ page: 0, size: CHOICES_SIZE }),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ areas, teams, taskTypes }) => {
          this.areas.set(areas);
          this.teams.set(teams.items);
          this.taskTypes.set(taskTypes.items);
          this.choicesError.set(null);
        },
        error: (error: unknown) => this.choicesError.set(error),
      });
  }

  filterByArea(areaId: string): void {
    this.areaFilter.set(areaId);
    this.list.onPage({ pageIndex: 0, pageSize: this.list.pageSize(), length: 0 });
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

  /** The short names of the location's task types; a task type this page has not loaded is left out. */
  protected taskTypeNames(workLocation: WorkLocation): string[] {
    return workLocation.taskTypeIds
      .map((id) => this.taskTypesById().get(id))
      .filter((taskType): taskType is TaskType => taskType !== undefined)
      .map((taskType) => taskType.title);
  }

  protected address(workLocation: WorkLocation): string {
    const place = [workLocation.postalCode, workLocation.city].filter(Boolean).join(' ');
    return [workLocation.address, place].filter(Boolean).join(', ');
  }
}
