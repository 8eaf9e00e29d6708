import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Observable, catchError, filter, finalize, forkJoin, map, of, switchMap } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { Task, TaskSlot, TaskType, Team, WorkLocation } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ConfirmDialog } from '../../shared/confirm-dialog/confirm-dialog';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { formatDay } from '../elections/election-form';
import { ElectionContext } from '../shared/election-context';
import { CHOICES_SIZE } from '../work-locations/work-locations-page';
import { TaskAssignDialog, TaskAssignDialogData } from './task-assign-dialog';
import { TaskDistributeDialog, TaskDistributeDialogData } from './task-distribute-dialog';
import { TaskExportDialog, TaskExportDialogData } from './task-export-dialog';
import { ValidationChip } from '../shared/validation-chip';
import { TaskStatusChip } from './task-status-chip';

/** What names a slot: work location, task type, team and day. */
export type SlotRef = Pick<TaskSlot, 'workLocationId' | 'taskTypeId' | 'teamId' | 'taskDate'>;

export function sameSlot(a: SlotRef | null, b: SlotRef | null): boolean {
  return (
    a === b ||
    (!!a &&
      !!b &&
      a.workLocationId === b.workLocationId &&
      a.taskTypeId === b.taskTypeId &&
      a.teamId === b.teamId &&
      a.taskDate === b.taskDate)
  );
}

/** A result of the lists' loading: the rows, or why they could not be loaded. */
type Loaded<T> = { items: T[]; error: unknown };

/**
 * "Opgaver": the seats of the election chosen in the toolbar. The slot table shows per work location, day, task type
 * and team how many seats there are and how far they are filled; "Fordel opgaver" sets a slot's number. A slot's
 * seats are shown on request, where the admin places a participant on a free seat, records a person's yes given by
 * phone or on paper, and takes a person off a seat (confirmed). The accepted seats are exported to the national
 * election system.
 */
@Component({
  selector: 'app-tasks-page',
  imports: [
    ValidationChip,
    MatTableModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ErrorMessage,
    TaskStatusChip,
  ],
  templateUrl: './tasks-page.html',
  styleUrls: ['../shared/list-page.scss', '../shared/badges.scss', './tasks-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TasksPage {
  /** The number columns of a slot: every seat, and how many are free, awaiting the answer and accepted. */
  protected readonly counters = [
    { column: 'total', testId: 'task-slot-total' },
    { column: 'free', testId: 'task-slot-free' },
    { column: 'awaitingReply', testId: 'task-slot-awaiting' },
    { column: 'accepted', testId: 'task-slot-accepted' },
  ] as const;

  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly i18n = inject(I18nService);
  protected readonly context = inject(ElectionContext);

  protected readonly slotColumns = [
    'workLocation',
    'taskDate',
    'taskType',
    'team',
    'total',
    'free',
    'awaitingReply',
    'accepted',
    'actions',
  ];
  protected readonly seatColumns = ['number', 'status', 'participant', 'actions'];

  protected readonly election = this.context.current;
  private readonly electionId = computed(() => this.election()?.id ?? null);

  protected readonly workLocations = signal<WorkLocation[]>([]);
  protected readonly taskTypes = signal<TaskType[]>([]);
  protected readonly teams = signal<Team[]>([]);
  protected readonly choicesError = signal<unknown>(null);
  /** The work locations of the chosen election (Danish order). */
  protected readonly electionLocations = computed(() => {
    const ids = new Set(this.election()?.workLocationIds ?? []);
    return this.workLocations().filter((l) => ids.has(l.id));
  });

  /** '' = all; both filters start empty again when another election is chosen. */
  protected readonly workLocationFilter = linkedSignal({
    source: this.electionId,
    computation: () => '',
  });
  protected readonly dateFilter = linkedSignal({ source: this.electionId, computation: () => '' });
  protected readonly filtered = computed(() => !!(this.workLocationFilter() || this.dateFilter()));

  /** Counts up to load the slots and the shown seats again after a change. */
  private readonly reloads = signal(0);

  protected readonly slots = signal<TaskSlot[]>([]);
  protected readonly slotsLoading = signal(false);
  protected readonly slotsLoaded = signal(false);
  protected readonly slotsError = signal<unknown>(null);

  /** The slot whose seats are shown, or null. */
  protected readonly selection = linkedSignal<string | null, SlotRef | null>({
    source: this.electionId,
    computation: () => null,
    equal: sameSlot,
  });
  /** The shown slot with its current counts (null while not in the table). */
  protected readonly selectedSlot = computed(() => {
    const selection = this.selection();
    return this.slots().find((slot) => sameSlot(slot, selection)) ?? null;
  });
  protected readonly seats = signal<Task[]>([]);
  protected readonly seatsLoading = signal(false);
  protected readonly seatsError = signal<unknown>(null);
  /** Why the last action on a seat or slot failed, or null. */
  protected readonly actionError = signal<unknown>(null);
  /** The seat an action is under way on, so its buttons wait. */
  protected readonly busyTaskId = signal<string | null>(null);

  constructor() {
    this.loadChoices();
    toObservable(
      computed(() => ({
        electionId: this.electionId(),
        workLocationId: this.workLocationFilter() || null,
        taskDate: this.dateFilter() || null,
        reload: this.reloads(),
      })),
    )
      .pipe(
        switchMap(({ electionId, workLocationId, taskDate }) =>
          electionId ? this.loadSlots(electionId, workLocationId, taskDate) : of(null),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((result) => {
        this.slots.set(result?.items ?? []);
        this.slotsError.set(result?.error ?? null);
        this.slotsLoaded.set(!!result);
        const selection = this.selection();
        if (
          result &&
          !result.error &&
          selection &&
          !result.items.some((s) => sameSlot(s, selection))
        ) {
          this.selection.set(null);
        }
      });
    toObservable(
      computed(() => ({
        electionId: this.electionId(),
        selection: this.selection(),
        reload: this.reloads(),
      })),
    )
      .pipe(
        switchMap(({ electionId, selection }) =>
          electionId && selection ? this.loadSeats(electionId, selection) : of(null),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((result) => {
        this.seats.set(result?.items ?? []);
        this.seatsError.set(result?.error ?? null);
      });
  }

  loadChoices(): void {
    forkJoin({
      workLocations: this.api.listWorkLocations({ page: 0, size: CHOICES_SIZE }),
      taskTypes: this.api.listTaskTypes({ page: 0, size: CHOICES_SIZE }),
      teams: this.api.listTeams({ page: 0, size: CHOICES_SIZE }),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ workLocations, taskTypes, teams }) => {
          this.workLocations.set(workLocations.items);
          this.taskTypes.set(taskTypes.items);
          this.teams.set(teams.items);
          this.choicesError.set(null);
        },
        error: (error: unknown) => this.choicesError.set(error),
      });
  }

  private loadSlots(
    electionId: string,
    workLocationId: string | null,
    taskDate: string | null,
  ): Observable<Loaded<TaskSlot>> {
    this.slotsLoading.set(true);
    return this.api.listTaskSlots(electionId, { workLocationId, taskDate }).pipe(
      map((items) => ({ items, error: null })),
      catchError((error: unknown) => of({ items: [], error })),
      finalize(() => this.slotsLoading.set(false)),
    );
  }

  private loadSeats(electionId: string, slot: SlotRef): Observable<Loaded<Task>> {
    this.seatsLoading.set(true);
    return this.api
      .listTasks(electionId, {
        workLocationId: slot.workLocationId,
        taskTypeId: slot.taskTypeId,
        teamId: slot.teamId,
        taskDate: slot.taskDate,
      })
      .pipe(
        map((items) => ({ items, error: null })),
        catchError((error: unknown) => of({ items: [], error })),
        finalize(() => this.seatsLoading.set(false)),
      );
  }

  reload(): void {
    this.reloads.update((n) => n + 1);
  }

  filterByWorkLocation(workLocationId: string): void {
    this.workLocationFilter.set(workLocationId);
  }

  filterByDate(taskDate: string): void {
    this.dateFilter.set(taskDate);
  }

  /** Shows the slot's seats, or hides them when they are shown. */
  toggleSeats(slot: TaskSlot): void {
    this.actionError.set(null);
    this.selection.set(sameSlot(slot, this.selection()) ? null : this.refOf(slot));
  }

  protected isSelected(slot: TaskSlot): boolean {
    return sameSlot(slot, this.selection());
  }

  /** "Fordel opgaver" (slot null) or "Ret antal" of a slot. */
  openDistribute(slot: TaskSlot | null = null): void {
    const election = this.election();
    if (!election) {
      return;
    }
    this.actionError.set(null);
    this.dialog
      .open<TaskDistributeDialog, TaskDistributeDialogData, TaskSlot>(TaskDistributeDialog, {
        data: {
          election,
          workLocations: this.electionLocations(),
          taskTypes: this.taskTypes(),
          teams: this.teams(),
          slot,
        },
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) {
          this.notify(
            this.i18n.t('tasks.distributed', {
              count: saved.total,
              workLocation: saved.workLocationTitle,
              taskType: saved.taskTypeTitle,
              team: saved.teamName,
              date: this.day(saved.taskDate),
            }),
          );
          this.reload();
        }
      });
  }

  assign(task: Task): void {
    this.actionError.set(null);
    this.dialog
      .open<TaskAssignDialog, TaskAssignDialogData, Task>(TaskAssignDialog, {
        data: { task },
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) {
          this.notify(this.i18n.t('tasks.assigned', { name: saved.participant?.name ?? '' }));
          this.reload();
        }
      });
  }

  /** Records the person's yes, given by phone or on paper. */
  accept(task: Task): void {
    if (this.busyTaskId()) {
      return;
    }
    this.actionError.set(null);
    this.busyTaskId.set(task.id);
    this.api
      .acceptTask(task.id, task.version)
      .pipe(
        finalize(() => this.busyTaskId.set(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (saved) => {
          this.notify(this.i18n.t('tasks.acceptedNotice', { name: saved.participant?.name ?? '' }));
          this.reload();
        },
        error: (error: unknown) => {
          this.actionError.set(error);
          this.reload();
        },
      });
  }

  /** Takes the person off the seat after the admin confirmed it; the seat is free again. */
  release(task: Task): void {
    const name = task.participant?.name ?? '';
    this.actionError.set(null);
    ConfirmDialog.ask(this.dialog, {
      title: this.i18n.t('tasks.release.title'),
      message: this.i18n.t(
        task.status === 'ACCEPTED' ? 'tasks.release.acceptedText' : 'tasks.release.text',
        { name, date: this.day(task.taskDate), workLocation: task.workLocationTitle },
      ),
      yesLabel: this.i18n.t('tasks.release.confirm'),
      noLabel: this.i18n.t('common.cancel'),
    })
      .pipe(
        filter((yes) => yes),
        switchMap(() => {
          this.busyTaskId.set(task.id);
          return this.api
            .releaseTask(task.id, task.version)
            .pipe(finalize(() => this.busyTaskId.set(null)));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.notify(this.i18n.t('tasks.released', { name }));
          this.reload();
        },
        error: (error: unknown) => {
          this.actionError.set(error);
          this.reload();
        },
      });
  }

  /** "Eksport til valgsystemet" with the table's filters. */
  openExport(): void {
    const election = this.election();
    if (!election) {
      return;
    }
    const location = this.electionLocations().find((l) => l.id === this.workLocationFilter());
    const filterText = [location?.title, this.dateFilter() ? this.day(this.dateFilter()) : null]
      .filter(Boolean)
      .join(', ');
    this.dialog.open<TaskExportDialog, TaskExportDialogData, boolean>(TaskExportDialog, {
      data: {
        electionId: election.id,
        filters: {
          workLocationId: this.workLocationFilter() || null,
          taskDate: this.dateFilter() || null,
        },
        taskTypes: this.taskTypes(),
        filterText,
      },
      width: '520px',
      maxWidth: '95vw',
    });
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.language());
  }

  protected slotLabel(slot: SlotRef & Partial<TaskSlot>): string {
    return [slot.workLocationTitle, slot.taskTypeTitle, slot.teamName, this.day(slot.taskDate)]
      .filter(Boolean)
      .join(' · ');
  }

  private refOf(slot: TaskSlot): SlotRef {
    return {
      workLocationId: slot.workLocationId,
      taskTypeId: slot.taskTypeId,
      teamId: slot.teamId,
      taskDate: slot.taskDate,
    };
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('common.close'), { duration: 4000 });
  }
}
