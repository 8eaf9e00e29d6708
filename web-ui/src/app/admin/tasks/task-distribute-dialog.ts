import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  combineLatest,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
  catchError,
} from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { Election, TaskSlot, TaskType, Team, WorkLocation } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { I18nService } from '../../core/i18n/i18n.service';
import { formatDay, isIsoDay, wholeNumber } from '../elections/election-form';

/** The most seats a slot can have (the server's limit). */
export const MAX_SEATS_PER_SLOT = 500;

export interface TaskDistributeDialogData {
  election: Election;
  /** The election's work locations (Danish order). */
  workLocations: WorkLocation[];
  /** All task types; the dialog offers those configured at the chosen work location. */
  taskTypes: TaskType[];
  /** All teams; the dialog offers those of the chosen work location. */
  teams: Team[];
  /** The slot whose number is changed ("Ret antal"), or null to distribute anew. */
  slot: TaskSlot | null;
}

/** A valid ISO day from `first` to `last` (ISO days compare as strings). */
export function dayWithin(first: string, last: string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = (control.value ?? '').trim();
    if (!value) {
      return null;
    }
    if (!isIsoDay(value)) {
      return { isoDay: true };
    }
    return value < first || value > last ? { outsidePeriod: true } : null;
  };
}

/**
 * "Fordel opgaver": how many seats a slot (work location × task type × team × day) of the election has. The work
 * location is one of the election's, the task type and team those configured at that location, the day within the
 * election period (the election day by default). The count starts at the slot's current total when the slot exists.
 * Saves itself (PUT) and closes with the slot as the server now has it; server errors are shown translated.
 */
@Component({
  selector: 'app-task-distribute-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './task-distribute-dialog.html',
  styleUrls: ['../shared/form-dialog.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskDistributeDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<TaskDistributeDialog, TaskSlot>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly data = inject<TaskDistributeDialogData>(MAT_DIALOG_DATA);
  protected readonly election = this.data.election;
  protected readonly editing = this.data.slot !== null;
  protected readonly maxSeats = MAX_SEATS_PER_SLOT;
  private readonly i18n = inject(I18nService);
  /** The election period in the page's language, for the error text. */
  protected readonly period = computed(() => ({
    first: formatDay(this.election.periodStart, this.i18n.language()),
    last: formatDay(this.election.periodEnd, this.i18n.language()),
  }));

  readonly form = new FormGroup({
    workLocationId: new FormControl(this.data.slot?.workLocationId ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    taskTypeId: new FormControl(this.data.slot?.taskTypeId ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    teamId: new FormControl(this.data.slot?.teamId ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    taskDate: new FormControl(this.data.slot?.taskDate ?? this.election.electionDate, {
      nonNullable: true,
      validators: [
        Validators.required,
        dayWithin(this.election.periodStart, this.election.periodEnd),
      ],
    }),
    count: new FormControl<number | null>(this.data.slot?.total ?? null, {
      validators: [Validators.required, wholeNumber(0, MAX_SEATS_PER_SLOT)],
    }),
  });

  private readonly value = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue())),
    {
      initialValue: this.form.getRawValue(),
    },
  );
  /** The task types configured at the chosen work location. */
  protected readonly taskTypes = computed(() => this.taskTypesAt(this.value().workLocationId));
  /** The teams of the chosen work location. */
  protected readonly teams = computed(() => this.teamsAt(this.value().workLocationId));
  /** The slots the election has at the chosen work location on the chosen day. */
  private readonly slotsThere = signal<TaskSlot[]>(this.data.slot ? [this.data.slot] : []);
  /** The chosen slot as it is now, when it exists. */
  protected readonly current = computed(() => this.slotFor(this.value()));

  protected readonly saving = signal(false);
  protected readonly serverError = signal<unknown>(null);

  constructor() {
    const controls = this.form.controls;
    controls.workLocationId.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.dropChoicesNotAtLocation());
    combineLatest([
      controls.workLocationId.valueChanges.pipe(startWith(controls.workLocationId.value)),
      controls.taskDate.valueChanges.pipe(startWith(controls.taskDate.value)),
    ])
      .pipe(
        distinctUntilChanged((a, b) => a[0] === b[0] && a[1] === b[1]),
        switchMap(([workLocationId, taskDate]) =>
          workLocationId && isIsoDay(taskDate)
            ? this.api
                .listTaskSlots(this.election.id, { workLocationId, taskDate })
                .pipe(catchError(() => of([] as TaskSlot[])))
            : of([] as TaskSlot[]),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((slots) => {
        this.slotsThere.set(slots);
        this.countFromCurrentSlot();
      });
    combineLatest([
      controls.taskTypeId.valueChanges.pipe(startWith(controls.taskTypeId.value)),
      controls.teamId.valueChanges.pipe(startWith(controls.teamId.value)),
    ])
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.countFromCurrentSlot());
  }

  private taskTypesAt(workLocationId: string): TaskType[] {
    const ids = new Set(this.data.workLocations.find((l) => l.id === workLocationId)?.taskTypeIds);
    return this.data.taskTypes.filter((t) => ids.has(t.id));
  }

  private teamsAt(workLocationId: string): Team[] {
    const ids = new Set(this.data.workLocations.find((l) => l.id === workLocationId)?.teamIds);
    return this.data.teams.filter((t) => ids.has(t.id));
  }

  private slotFor(v: {
    workLocationId: string;
    taskTypeId: string;
    teamId: string;
    taskDate: string;
  }): TaskSlot | null {
    return (
      this.slotsThere().find(
        (s) =>
          s.workLocationId === v.workLocationId &&
          s.taskTypeId === v.taskTypeId &&
          s.teamId === v.teamId &&
          s.taskDate === v.taskDate,
      ) ?? null
    );
  }

  /** Until the admin types a number, the count follows the chosen slot's current total. */
  private countFromCurrentSlot(): void {
    const slot = this.slotFor(this.form.getRawValue());
    const count = this.form.controls.count;
    if (slot && !count.dirty) {
      count.setValue(slot.total);
    }
  }

  /** A task type or team chosen for another work location is no choice at this one. */
  private dropChoicesNotAtLocation(): void {
    const { workLocationId, taskTypeId, teamId } = this.form.controls;
    if (
      taskTypeId.value &&
      !this.taskTypesAt(workLocationId.value).some((t) => t.id === taskTypeId.value)
    ) {
      taskTypeId.setValue('');
    }
    if (teamId.value && !this.teamsAt(workLocationId.value).some((t) => t.id === teamId.value)) {
      teamId.setValue('');
    }
  }

  protected locationLabel(location: WorkLocation): string {
    return location.votingAreaNumber === null
      ? location.title
      : `${location.title} (${location.votingAreaNumber})`;
  }

  save(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.serverError.set(null);
    this.api
      .distributeTasks(this.election.id, {
        workLocationId: value.workLocationId,
        taskTypeId: value.taskTypeId,
        teamId: value.teamId,
        taskDate: value.taskDate.trim(),
        count: Number(value.count),
      })
      .subscribe({
        next: (slot) => this.dialogRef.close(slot),
        error: (error: unknown) => {
          this.saving.set(false);
          this.serverError.set(error);
        },
      });
  }
}
