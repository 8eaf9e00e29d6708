import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Observable } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { Consequences, Team } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { ListHeader, ListPaginator, ListSearch, RowActions } from '../shared/list-parts';
import { MasterDataListPage } from '../shared/master-data-list-page';
import { pagedSearchList } from '../shared/paged-search-list';
import { TeamFormDialog } from './team-form-dialog';

/** The municipality's teams (parties, own staff, volunteers): search, paging, CRUD. */
@Component({
  selector: 'app-teams-page',
  imports: [
    MatTableModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    ListHeader,
    ListSearch,
    RowActions,
    ListPaginator,
  ],
  templateUrl: './teams-page.html',
  styleUrls: ['../shared/list-page.scss', './teams-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamsPage extends MasterDataListPage<Team> {
  private readonly api = inject(AdminApi);

  protected readonly columns = ['name', 'shortName', 'description', 'actions'];
  protected override readonly list = pagedSearchList((query) => this.api.listTeams(query));

  protected override readonly texts = 'teams';
  protected override readonly form = {
    component: TeamFormDialog,
    data: (item: Team | null) => ({ team: item }),
  };

  protected override nameOf(team: Team): Record<string, string> {
    return { name: team.name };
  }

  protected override deletionPreview(team: Team): Observable<Consequences> {
    return this.api.teamDeletionPreview(team.id);
  }

  protected override remove(team: Team): Observable<void> {
    return this.api.deleteTeam(team.id);
  }

  constructor() {
    super();
    this.list.reload();
  }
}
