import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { AdminApi } from '../../core/api/admin-api';
import { ElectionSystemExportFilters, TaskType } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

export interface TaskExportDialogData {
  electionId: string;
  /** The page's current filters (work location, day). */
  filters: ElectionSystemExportFilters;
  /** The task types the export can be narrowed to. */
  taskTypes: TaskType[];
  /** What the page's filters are, in words (e.g. "Rådhuset, 2. mar. 2027"); empty when there are none. */
  filterText: string;
}

/**
 * "Eksport til valgsystemet": the accepted seats with the page's filters, optionally of one task type, as CSV or
 * Excel. Plain download links (the session cookie goes with a GET); the server audits each download as it holds
 * CPR numbers.
 */
@Component({
  selector: 'app-task-export-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatSelectModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'tasks.export.title' | t }}</h2>
    <mat-dialog-content>
      <p>{{ 'tasks.export.intro' | t }}</p>
      @if (data.filterText) {
        <p data-testid="task-export-filters">
          {{ 'tasks.export.filters' | t: { filters: data.filterText } }}
        </p>
      }
      <mat-form-field appearance="outline" class="full-width">
        <mat-label>{{ 'tasks.export.taskType' | t }}</mat-label>
        <mat-select
          [value]="taskTypeId()"
          (selectionChange)="taskTypeId.set($event.value)"
          data-testid="task-export-task-type"
        >
          <mat-option value="">{{ 'tasks.export.allTaskTypes' | t }}</mat-option>
          @for (taskType of data.taskTypes; track taskType.id) {
            <mat-option [value]="taskType.id">{{ taskType.title }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <p class="hint" data-testid="task-export-cpr-warning">{{ 'tasks.export.cprWarning' | t }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="task-export-cancel">
        {{ 'common.cancel' | t }}
      </button>
      <a
        mat-stroked-button
        [href]="csvUrl()"
        download
        (click)="dialogRef.close(true)"
        data-testid="task-export-csv"
        >CSV</a
      >
      <a
        mat-flat-button
        [href]="xlsxUrl()"
        download
        (click)="dialogRef.close(true)"
        data-testid="task-export-xlsx"
        >Excel (XLSX)</a
      >
    </mat-dialog-actions>
  `,
  styles: `
    .full-width {
      width: 100%;
    }
    .hint {
      font-size: 0.875rem;
      opacity: 0.8;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskExportDialog {
  private readonly api = inject(AdminApi);
  protected readonly dialogRef = inject<MatDialogRef<TaskExportDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<TaskExportDialogData>(MAT_DIALOG_DATA);

  /** '' = every task type. */
  protected readonly taskTypeId = signal('');
  private readonly filters = computed<ElectionSystemExportFilters>(() => ({
    ...this.data.filters,
    taskTypeId: this.taskTypeId() || null,
  }));
  protected readonly csvUrl = computed(() =>
    this.api.electionSystemExportUrl(this.data.electionId, this.filters(), 'csv'),
  );
  protected readonly xlsxUrl = computed(() =>
    this.api.electionSystemExportUrl(this.data.electionId, this.filters(), 'xlsx'),
  );
}
