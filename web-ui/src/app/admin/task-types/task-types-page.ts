import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Observable } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { Consequences, TaskType } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { ListHeader, ListPaginator, ListSearch, RowActions } from '../shared/list-parts';
import { MasterDataListPage } from '../shared/master-data-list-page';
import { pagedSearchList } from '../shared/paged-search-list';
import { TaskTypeFormDialog } from './task-type-form-dialog';

/** The municipality's task types (opgavetyper) with their files: search, paging, CRUD. */
@Component({
  selector: 'app-task-types-page',
  imports: [
    MatTableModule,
    MatChipsModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    ListHeader,
    ListSearch,
    RowActions,
    ListPaginator,
  ],
  templateUrl: './task-types-page.html',
  styleUrls: ['../shared/list-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskTypesPage extends MasterDataListPage<TaskType> {
  private readonly api = inject(AdminApi);

  protected readonly columns = [
    'title',
    'shortName',
    'time',
    'payment',
    'flags',
    'files',
    'actions',
  ];
  protected override readonly list = pagedSearchList((query) => this.api.listTaskTypes(query));

  protected override readonly texts = 'taskTypes';
  /** Attachments are uploaded inside the dialog, so even a cancelled dialog may have changed the list. */
  protected override readonly reloadAfterCancel = true;
  protected override readonly form = {
    component: TaskTypeFormDialog,
    data: (item: TaskType | null) => ({ taskType: item }),
    width: '680px',
  };

  protected override nameOf(taskType: TaskType): Record<string, string> {
    return { title: taskType.title };
  }

  protected override deletionPreview(taskType: TaskType): Observable<Consequences> {
    return this.api.taskTypeDeletionPreview(taskType.id);
  }

  protected override remove(taskType: TaskType): Observable<void> {
    return this.api.deleteTaskType(taskType.id);
  }

  constructor() {
    super();
    this.list.reload();
  }

  protected flagsOf(taskType: TaskType): string[] {
    const flags: string[] = [];
    if (taskType.trusted) flags.push('taskTypes.flag.trusted');
    if (taskType.validationNotRequired) flags.push('taskTypes.flag.validationNotRequired');
    if (taskType.sendReminder) flags.push('taskTypes.flag.sendReminder');
    return flags;
  }
}
