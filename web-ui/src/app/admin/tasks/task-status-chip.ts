import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TaskStatus } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** The status of a seat as a chip: Ledig, Afventer svar or Accepteret. */
@Component({
  selector: 'app-task-status-chip',
  imports: [TranslatePipe],
  template: `<span
    [class]="'status-chip status-' + status()"
    data-testid="task-status"
    [attr.data-status]="status()"
    >{{ 'tasks.status.' + status() | t }}</span
  >`,
  styles: `
    .status-chip {
      display: inline-block;
      padding: 0 10px;
      border-radius: 12px;
      font-size: 0.85em;
      line-height: 1.8;
      white-space: nowrap;
      background: var(--mat-sys-surface-variant);
      color: var(--mat-sys-on-surface-variant);
    }
    .status-AWAITING_REPLY {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .status-ACCEPTED {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskStatusChip {
  readonly status = input.required<TaskStatus>();
}
