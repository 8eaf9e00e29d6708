import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Observable, filter, forkJoin, switchMap } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { Consequences, Election, ElectionType, WorkLocation } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ConfirmDialog } from '../../shared/confirm-dialog/confirm-dialog';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { ElectionContext } from '../shared/election-context';
import { ListHeader, ListPaginator, ListSearch, RowActions } from '../shared/list-parts';
import { MasterDataListPage } from '../shared/master-data-list-page';
import { pagedSearchList } from '../shared/paged-search-list';
import { DuplicateElectionDialog } from './duplicate-election-dialog';
import { formatDay } from './election-form';
import { ElectionWizardDialog } from './election-wizard-dialog';

/** As many election types or work locations as the server pages at once for the dialogs' choices. */
export const CHOICES_SIZE = 200;

/** '' = all elections, else only the active or only the inactive ones. */
export type ElectionStateFilter = '' | 'active' | 'inactive';

/**
 * The municipality's elections, the latest election day first: create (wizard), edit, activate and deactivate
 * (confirmed), copy to a new date, delete (confirm-before-destroy), and choose the election to work on.
 */
@Component({
  selector: 'app-elections-page',
  imports: [
    MatTableModule,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    ListHeader,
    ListSearch,
    RowActions,
    ListPaginator,
  ],
  templateUrl: './elections-page.html',
  styleUrls: ['../shared/list-page.scss', './elections-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ElectionsPage extends MasterDataListPage<Election> {
  private readonly api = inject(AdminApi);
  private readonly snack = inject(MatSnackBar);
  protected readonly context = inject(ElectionContext);

  protected readonly columns = [
    'title',
    'type',
    'electionDate',
    'period',
    'workLocations',
    'active',
    'actions',
  ];
  protected readonly stateFilter = signal<ElectionStateFilter>('');
  protected override readonly list = pagedSearchList((query) =>
    this.api.listElections({
      ...query,
      active: this.stateFilter() === '' ? null : this.stateFilter() === 'active',
    }),
  );
  protected readonly types = signal<ElectionType[]>([]);
  protected readonly workLocations = signal<WorkLocation[]>([]);
  /** Why loading the types and work locations failed, or null. */
  protected readonly choicesError = signal<unknown>(null);
  /** The id of the election whose activation is being switched, so its toggle waits. */
  protected readonly switching = signal<string | null>(null);

  private readonly typeTitles = computed(
    () => new Map(this.types().map((type) => [type.id, type.title] as const)),
  );

  protected override readonly texts = 'elections';
  protected override readonly form = {
    component: ElectionWizardDialog,
    data: (item: Election | null) => ({
      election: item,
      types: this.types(),
      workLocations: this.workLocations(),
    }),
    width: '640px',
  };

  protected override nameOf(election: Election): Record<string, string> {
    return { title: election.title };
  }

  protected override deletionPreview(election: Election): Observable<Consequences> {
    return this.api.electionDeletionPreview(election.id);
  }

  protected override remove(election: Election): Observable<void> {
    return this.api.deleteElection(election.id);
  }

  constructor() {
    super();
    this.list.reload();
    this.loadChoices();
  }

  loadChoices(): void {
    forkJoin({
      types: this.api.listElectionTypes({ page: 0, size: CHOICES_SIZE }),
      workLocations: this.api.listWorkLocations({ page: 0, size: CHOICES_SIZE }),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ types, workLocations }) => {
          this.types.set(types.items);
          this.workLocations.set(workLocations.items);
          this.choicesError.set(null);
        },
        error: (error: unknown) => this.choicesError.set(error),
      });
  }

  filterByState(state: ElectionStateFilter): void {
    this.stateFilter.set(state);
    this.list.onPage({ pageIndex: 0, pageSize: this.list.pageSize(), length: 0 });
  }

  /** After any change the switcher must offer the elections as they are now. */
  protected override afterChange(): void {
    this.context.load();
  }

  /** Asks first; participants see an active election at once. The toggle shows the server's answer. */
  switchActive(election: Election, event: MatSlideToggleChange): void {
    const activate = event.checked;
    event.source.checked = election.active;
    const texts = activate ? 'elections.confirmActivate' : 'elections.confirmDeactivate';
    this.actionError.set(null);
    ConfirmDialog.ask(this.dialog, {
      title: this.i18n.t(`${texts}.title`),
      message: this.i18n.t(`${texts}.text`, { title: election.title }),
    })
      .pipe(
        filter((confirmed) => confirmed),
        switchMap(() => {
          this.switching.set(election.id);
          return activate
            ? this.api.activateElection(election.id)
            : this.api.deactivateElection(election.id);
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (saved) => {
          this.switching.set(null);
          this.snack.open(
            this.i18n.t(saved.active ? 'elections.activated' : 'elections.deactivated', {
              title: saved.title,
            }),
            this.i18n.t('common.close'),
            { duration: 4000 },
          );
          this.list.reload();
          this.context.load();
        },
        error: (error: unknown) => {
          this.switching.set(null);
          this.actionError.set(error);
          this.list.reload();
        },
      });
  }

  openDuplicate(election: Election): void {
    this.actionError.set(null);
    this.dialog
      .open<DuplicateElectionDialog, unknown, Election>(DuplicateElectionDialog, {
        data: { source: election, types: this.types(), workLocations: this.workLocations() },
        width: '600px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((copy) => {
        if (copy) {
          this.snack.open(
            this.i18n.t('elections.duplicated', { title: copy.title }),
            this.i18n.t('common.close'),
            { duration: 4000 },
          );
          this.list.reload();
          this.context.load();
        }
      });
  }

  workOn(election: Election): void {
    this.context.choose(election.id);
    this.snack.open(
      this.i18n.t('admin.election.switched', { title: election.title }),
      this.i18n.t('common.close'),
      { duration: 4000 },
    );
  }

  protected typeTitle(election: Election): string {
    return this.typeTitles().get(election.electionTypeId) ?? '';
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.language());
  }
}
