import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Observable } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { Consequences, ElectionType, ELECTION_TYPE_RULES } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { ListHeader, ListPaginator, ListSearch, RowActions } from '../shared/list-parts';
import { MasterDataListPage } from '../shared/master-data-list-page';
import { pagedSearchList } from '../shared/paged-search-list';
import { ElectionTypeFormDialog } from './election-type-form-dialog';

/** The rules of an election type in display order; codes this UI does not know come last. */
export function orderedRules(rules: readonly string[]): string[] {
  const known: readonly string[] = ELECTION_TYPE_RULES;
  return [
    ...ELECTION_TYPE_RULES.filter((rule) => rules.includes(rule)),
    ...rules.filter((rule) => !known.includes(rule)),
  ];
}

/** The municipality's election types with their eligibility rules: search, paging, CRUD. */
@Component({
  selector: 'app-election-types-page',
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
  templateUrl: './election-types-page.html',
  styleUrls: ['../shared/list-page.scss', './election-types-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ElectionTypesPage extends MasterDataListPage<ElectionType> {
  private readonly api = inject(AdminApi);

  protected readonly columns = ['title', 'rules', 'actions'];
  protected override readonly list = pagedSearchList((query) => this.api.listElectionTypes(query));

  protected override readonly texts = 'electionTypes';
  protected override readonly form = {
    component: ElectionTypeFormDialog,
    data: (item: ElectionType | null) => ({ electionType: item }),
  };

  protected override nameOf(type: ElectionType): Record<string, string> {
    return { title: type.title };
  }

  protected override deletionPreview(type: ElectionType): Observable<Consequences> {
    return this.api.electionTypeDeletionPreview(type.id);
  }

  protected override remove(type: ElectionType): Observable<void> {
    return this.api.deleteElectionType(type.id);
  }

  constructor() {
    super();
    this.list.reload();
  }

  protected rulesOf(electionType: ElectionType): string[] {
    return orderedRules(electionType.rules);
  }

  protected ruleLabel(rule: string): string {
    return this.i18n.tOr(`electionTypes.rule.${rule}`, rule);
  }
}
