import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AdminApi } from '../../core/api/admin-api';
import { Task } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { formatDay } from '../elections/election-form';
import { TaskStatusChip } from '../tasks/task-status-chip';

/** The "Opgaver" section of a participant's profile: the person's seats in all elections, the latest first. */
@Component({
  selector: 'app-participant-tasks',
  imports: [MatProgressBarModule, TranslatePipe, ErrorMessage, TaskStatusChip],
  template: `
    <app-error-message [error]="error()" />
    @if (tasks(); as rows) {
      @if (rows.length) {
        <div class="table-wrapper">
          <table class="tasks-table" data-testid="participant-tasks-table">
            <thead>
              <tr>
                <th scope="col">{{ 'participants.tasks.column.date' | t }}</th>
                <th scope="col">{{ 'participants.tasks.column.workLocation' | t }}</th>
                <th scope="col">{{ 'participants.tasks.column.taskType' | t }}</th>
                <th scope="col">{{ 'participants.tasks.column.team' | t }}</th>
                <th scope="col">{{ 'participants.tasks.column.status' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (task of rows; track task.id) {
                <tr data-testid="participant-task-row" [attr.data-task-id]="task.id">
                  <td>{{ day(task.taskDate) }}</td>
                  <td>{{ task.workLocationTitle }}</td>
                  <td>
                    {{ task.taskTypeTitle }}
                    <span class="muted">{{ task.startTime }}–{{ task.endTime }}</span>
                  </td>
                  <td>{{ task.teamName }}</td>
                  <td><app-task-status-chip [status]="task.status" /></td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p class="muted" data-testid="participant-no-tasks">
          {{ 'participants.tasks.empty' | t }}
        </p>
      }
    } @else if (!error()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
    }
  `,
  styles: `
    .table-wrapper {
      overflow-x: auto;
    }
    .tasks-table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      padding: 8px 12px 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    th {
      font-weight: 500;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantTasks {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  readonly participantId = input.required<string>();
  /** The seats, or null while they load. */
  protected readonly tasks = signal<Task[] | null>(null);
  protected readonly error = signal<unknown>(null);

  constructor() {
    effect(() => {
      const id = this.participantId();
      untracked(() => this.load(id));
    });
  }

  private load(id: string): void {
    this.tasks.set(null);
    this.error.set(null);
    this.api
      .participantTasks(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (tasks) => this.tasks.set(tasks),
        error: (error: unknown) => this.error.set(error),
      });
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.language());
  }
}
