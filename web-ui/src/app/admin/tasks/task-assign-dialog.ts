import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  finalize,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { ParticipantListItem, Page, Task } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { formatDay } from '../elections/election-form';
import { SEARCH_DEBOUNCE_MS } from '../shared/paged-search-list';

/** How many participants the search offers at once; the admin narrows the search for more. */
export const ASSIGN_SEARCH_SIZE = 10;

export interface TaskAssignDialogData {
  /** The free seat to place a participant on. */
  task: Task;
}

/**
 * "Tildel deltager": finds a participant (the participant list's server search: name, e-mail, mobile or CPR number)
 * and places them on the free seat, with the version the seat was shown with. The server checks eligibility on the
 * task date and time conflicts; every failed rule is shown translated. Closes with the seat as the server now has it.
 */
@Component({
  selector: 'app-task-assign-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './task-assign-dialog.html',
  styleUrls: ['../shared/form-dialog.scss', '../shared/badges.scss', './task-assign-dialog.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskAssignDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<TaskAssignDialog, Task>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);
  private readonly i18n = inject(I18nService);
  protected readonly task = inject<TaskAssignDialogData>(MAT_DIALOG_DATA).task;

  readonly search = new FormControl('', { nonNullable: true });
  protected readonly results = signal<ParticipantListItem[]>([]);
  /** The search text the results were found for ('' before the first search). */
  protected readonly searched = signal('');
  protected readonly more = signal(false);
  protected readonly searching = signal(false);
  protected readonly searchError = signal<unknown>(null);
  protected readonly chosen = signal<ParticipantListItem | null>(null);
  protected readonly saving = signal(false);
  protected readonly serverError = signal<unknown>(null);

  protected readonly day = computed(() => formatDay(this.task.taskDate, this.i18n.language()));
  /** The chosen person is not on the seat's team yet: the server adds them to it. */
  protected readonly joinsTeam = computed(() => {
    const chosen = this.chosen();
    return !!chosen && !chosen.teamIds.includes(this.task.teamId);
  });

  constructor() {
    this.search.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        tap(() => this.searchError.set(null)),
        switchMap((q) => {
          if (!q) {
            return of({ q, page: null as Page<ParticipantListItem> | null });
          }
          this.searching.set(true);
          return this.api.listParticipants({ q, page: 0, size: ASSIGN_SEARCH_SIZE }).pipe(
            map((page) => ({ q, page: page as Page<ParticipantListItem> | null })),
            catchError((error: unknown) => {
              this.searchError.set(error);
              return of({ q, page: null as Page<ParticipantListItem> | null });
            }),
            finalize(() => this.searching.set(false)),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(({ q, page }) => {
        this.searched.set(page ? q : '');
        this.results.set(page?.items ?? []);
        this.more.set(!!page && page.total > page.items.length);
        const chosen = this.chosen();
        if (chosen && !this.results().some((p) => p.id === chosen.id)) {
          this.chosen.set(null);
        }
      });
  }

  protected choose(participant: ParticipantListItem): void {
    this.chosen.set(participant);
    this.serverError.set(null);
  }

  save(): void {
    const chosen = this.chosen();
    if (!chosen || this.saving()) {
      return;
    }
    this.saving.set(true);
    this.serverError.set(null);
    this.api.assignTask(this.task.id, chosen.id, this.task.version).subscribe({
      next: (task) => this.dialogRef.close(task),
      error: (error: unknown) => {
        this.saving.set(false);
        this.serverError.set(error);
      },
    });
  }
}
