import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import {
  DIGITAL_POST_STATES,
  DigitalPostState,
  ParticipantListItem,
  SpecialDiet,
  Team,
  VALIDATION_STATUSES,
  ValidationStatus,
} from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { ElectionContext } from '../shared/election-context';
import { ListHeader, ListPaginator, ListSearch } from '../shared/list-parts';
import { ValidationChip } from '../shared/validation-chip';
import { pagedSearchList } from '../shared/paged-search-list';
import { CHOICES_SIZE } from '../work-locations/work-locations-page';
import { ParticipantCreateDialog, ParticipantCreateResult } from './participant-create-dialog';
import { ParticipantsBulkDeleteDialog } from './participants-bulk-delete-dialog';
import { ParticipantExportFilters, ParticipantsExportDialog } from './participants-export-dialog';

const COLUMNS = ['select', 'name', 'cpr', 'teams', 'contact', 'digitalPost'];

/**
 * The municipality's participants: server-side search, filters (team, special diet, Digital Post, address
 * protection, validation status), Danish order and paging. Persons with address protection are marked in every row.
 * With an election chosen in the toolbar ("Skift valg"), each row shows the nightly CPR refresh's outcome for it and
 * the list can be filtered on that. Create opens the CPR look-up; a name opens the profile; selected rows can be
 * deleted together with a typed confirmation word.
 */
@Component({
  selector: 'app-participants-page',
  imports: [
    MatTableModule,
    MatFormFieldModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ErrorMessage,
    ListHeader,
    ListSearch,
    ListPaginator,
    ValidationChip,
  ],
  templateUrl: './participants-page.html',
  styleUrls: ['../shared/list-page.scss', '../shared/badges.scss', './participants-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantsPage {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);

  private readonly electionContext = inject(ElectionContext);

  protected readonly digitalPostStates = DIGITAL_POST_STATES;
  protected readonly validationStatuses = VALIDATION_STATUSES;

  /** The election chosen in the toolbar: the rows' validation is given (and filtered) for it. */
  protected readonly election = this.electionContext.current;
  protected readonly columns = computed(() =>
    this.election() ? [...COLUMNS, 'validation'] : COLUMNS,
  );

  protected readonly teamFilter = signal('');
  protected readonly dietFilter = signal('');
  protected readonly digitalPostFilter = signal<DigitalPostState | ''>('');
  /** '' = any, 'true' / 'false'. */
  protected readonly protectedFilter = signal<'' | 'true' | 'false'>('');
  /** '' = any. Applies only with an election (the status is judged for one). */
  protected readonly validationFilter = signal<ValidationStatus | ''>('');

  protected readonly list = pagedSearchList((query) =>
    this.api.listParticipants({ ...query, ...this.filters() }),
  );

  protected readonly teams = signal<Team[]>([]);
  protected readonly diets = signal<SpecialDiet[]>([]);
  protected readonly choicesError = signal<unknown>(null);
  protected readonly actionError = signal<unknown>(null);
  /** The ids of the selected rows (kept across pages and searches). */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());

  private readonly teamsById = computed(() => new Map(this.teams().map((t) => [t.id, t] as const)));
  protected readonly filtered = computed(
    () =>
      !!(
        this.list.query() ||
        this.teamFilter() ||
        this.dietFilter() ||
        this.digitalPostFilter() ||
        this.protectedFilter() ||
        (this.election() && this.validationFilter())
      ),
  );
  protected readonly allOnPageSelected = computed(() => {
    const items = this.list.items();
    return items.length > 0 && items.every((p) => this.selected().has(p.id));
  });

  constructor() {
    this.list.reload();
    this.loadChoices();
    // Another election chosen in the toolbar (or the choices loaded after the first page): the rows' validation
    // and the validation filter are for that one now.
    let shownFor = untracked(() => this.election()?.id ?? null);
    effect(() => {
      const electionId = this.election()?.id ?? null;
      if (electionId !== shownFor) {
        shownFor = electionId;
        untracked(() => this.filter(() => undefined));
      }
    });
  }

  /** The list's filters as the server takes them (the export applies the same). */
  private filters() {
    const electionId = this.election()?.id ?? null;
    return {
      teamId: this.teamFilter() || null,
      specialDietId: this.dietFilter() || null,
      digitalPost: this.digitalPostFilter() || null,
      addressProtected: this.protectedFilter() === '' ? null : this.protectedFilter() === 'true',
      electionId,
      validation: (electionId && this.validationFilter()) || null,
    };
  }

  loadChoices(): void {
    forkJoin({
      teams: this.api.listTeams({ page: 0, size: CHOICES_SIZE }),
      diets: this.api.listSpecialDiets({ page: 0, size: CHOICES_SIZE }),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ teams, diets }) => {
          this.teams.set(teams.items);
          this.diets.set(diets.items);
          this.choicesError.set(null);
        },
        error: (error: unknown) => this.choicesError.set(error),
      });
  }

  protected filter(apply: () => void): void {
    apply();
    this.list.onPage({ pageIndex: 0, pageSize: this.list.pageSize(), length: 0 });
  }

  protected teamNames(participant: ParticipantListItem): string {
    return participant.teamIds
      .map((id) => this.teamsById().get(id)?.shortName)
      .filter((name): name is string => !!name)
      .join(', ');
  }

  protected toggle(id: string, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) {
      next.add(id);
    } else {
      next.delete(id);
    }
    this.selected.set(next);
  }

  protected toggleAllOnPage(checked: boolean): void {
    const next = new Set(this.selected());
    this.list.items().forEach((p) => (checked ? next.add(p.id) : next.delete(p.id)));
    this.selected.set(next);
  }

  openCreate(): void {
    this.actionError.set(null);
    this.dialog
      .open<ParticipantCreateDialog, unknown, ParticipantCreateResult>(ParticipantCreateDialog, {
        data: { teams: this.teams(), diets: this.diets() },
        width: '680px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((result) => {
        if (!result) {
          return;
        }
        if (result.created) {
          this.notify(this.i18n.t('participants.created', { name: result.name }));
        }
        void this.router.navigate([result.id], { relativeTo: this.route });
      });
  }

  /** The column chooser; the export applies the list's current search and filters. */
  openExport(): void {
    this.dialog.open<ParticipantsExportDialog, ParticipantExportFilters, boolean>(
      ParticipantsExportDialog,
      {
        data: { q: this.list.query() || null, ...this.filters() },
        width: '720px',
        maxWidth: '95vw',
      },
    );
  }

  deleteSelected(): void {
    const ids = [...this.selected()];
    if (!ids.length) {
      return;
    }
    this.actionError.set(null);
    this.dialog
      .open<ParticipantsBulkDeleteDialog, { ids: string[] }, number>(ParticipantsBulkDeleteDialog, {
        data: { ids },
        width: '520px',
        maxWidth: '95vw',
        role: 'alertdialog',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((deleted) => {
        if (deleted) {
          this.selected.set(new Set());
          this.notify(this.i18n.t('participants.bulkDeleted', { count: deleted }));
          this.list.reload();
        }
      });
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('common.close'), { duration: 4000 });
  }
}
