import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatRadioModule } from '@angular/material/radio';
import {
  DEFAULT_EXPORT_COLUMNS,
  MANDATORY_EXPORT_COLUMN,
  PARTICIPANT_EXPORT_COLUMNS,
  ParticipantExportColumn,
  ParticipantExportFormat,
  ParticipantQuery,
} from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** The filters of the participant list that an export applies. */
export type ParticipantExportFilters = Omit<ParticipantQuery, 'page' | 'size'>;

/**
 * The address of a participant export. The browser downloads it itself (a plain link: the session cookie goes with
 * a GET), so the file never passes through JavaScript memory.
 */
export function participantsExportUrl(
  filters: ParticipantExportFilters,
  columns: readonly ParticipantExportColumn[],
  format: ParticipantExportFormat,
): string {
  const params = new URLSearchParams();
  params.set('format', format);
  params.set('columns', columns.join(','));
  if (filters.q?.trim()) {
    params.set('q', filters.q.trim());
  }
  if (filters.teamId) {
    params.set('teamId', filters.teamId);
  }
  if (filters.specialDietId) {
    params.set('specialDietId', filters.specialDietId);
  }
  if (filters.digitalPost) {
    params.set('digitalPost', filters.digitalPost);
  }
  if (filters.addressProtected !== null && filters.addressProtected !== undefined) {
    params.set('addressProtected', String(filters.addressProtected));
  }
  if (filters.electionId) {
    params.set('electionId', filters.electionId);
  }
  if (filters.validation) {
    params.set('validation', filters.validation);
  }
  return `/api/admin/participants/export?${params.toString()}`;
}

/**
 * Column chooser for the participant export: the list's current filters, CSV or Excel. The protected-address
 * column is checked and cannot be unchecked; the whole CPR number is a choice of its own and is audited.
 */
@Component({
  selector: 'app-participants-export-dialog',
  imports: [MatDialogModule, MatButtonModule, MatCheckboxModule, MatRadioModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'participants.export.title' | t }}</h2>
    <mat-dialog-content>
      <p>{{ 'participants.export.intro' | t }}</p>
      <fieldset class="export-columns" data-testid="participant-export-columns">
        <legend>{{ 'participants.export.columns' | t }}</legend>
        @for (column of allColumns; track column) {
          <mat-checkbox
            [checked]="chosen().has(column)"
            [disabled]="column === mandatory"
            (change)="toggle(column, $event.checked)"
            [attr.data-testid]="'participant-export-column-' + column"
          >
            {{ 'participants.export.column.' + column | t }}
          </mat-checkbox>
        }
      </fieldset>
      <p class="hint">{{ 'participants.export.protectedHint' | t }}</p>
      @if (chosen().has('CPR_NUMBER')) {
        <p class="hint" data-testid="participant-export-cpr-warning">
          {{ 'participants.export.cprWarning' | t }}
        </p>
      }
      <mat-radio-group
        [value]="format()"
        (change)="format.set($event.value)"
        [attr.aria-label]="'participants.export.format' | t"
        data-testid="participant-export-format"
      >
        <mat-radio-button value="xlsx" data-testid="participant-export-format-xlsx"
          >Excel (XLSX)</mat-radio-button
        >
        <mat-radio-button value="csv" data-testid="participant-export-format-csv"
          >CSV</mat-radio-button
        >
      </mat-radio-group>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="participant-export-cancel">
        {{ 'common.cancel' | t }}
      </button>
      <a
        mat-flat-button
        [href]="url()"
        download
        (click)="dialogRef.close(true)"
        data-testid="participant-export-download"
      >
        {{ 'participants.export.download' | t }}
      </a>
    </mat-dialog-actions>
  `,
  styles: `
    .export-columns {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      border: none;
      padding: 0;
      margin: 0 0 8px;
    }
    .export-columns legend {
      font-weight: 500;
      margin-bottom: 4px;
    }
    mat-radio-group {
      display: flex;
      gap: 24px;
    }
    .hint {
      font-size: 0.875rem;
      opacity: 0.8;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantsExportDialog {
  protected readonly dialogRef =
    inject<MatDialogRef<ParticipantsExportDialog, boolean>>(MatDialogRef);
  private readonly filters = inject<ParticipantExportFilters>(MAT_DIALOG_DATA);

  protected readonly allColumns = PARTICIPANT_EXPORT_COLUMNS;
  protected readonly mandatory = MANDATORY_EXPORT_COLUMN;
  protected readonly chosen = signal<ReadonlySet<ParticipantExportColumn>>(
    new Set(DEFAULT_EXPORT_COLUMNS),
  );
  protected readonly format = signal<ParticipantExportFormat>('xlsx');
  protected readonly url = computed(() =>
    participantsExportUrl(
      this.filters,
      PARTICIPANT_EXPORT_COLUMNS.filter((c) => this.chosen().has(c)),
      this.format(),
    ),
  );

  protected toggle(column: ParticipantExportColumn, checked: boolean): void {
    if (column === MANDATORY_EXPORT_COLUMN) {
      return;
    }
    const next = new Set(this.chosen());
    if (checked) {
      next.add(column);
    } else {
      next.delete(column);
    }
    this.chosen.set(next);
  }
}
