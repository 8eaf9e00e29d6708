import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Observable } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { Consequences, Team } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { MasterDataListPage } from '../shared/master-data-list-page';
import { pagedSearchList } from '../shared/paged-search-list';
import { TeamFormDialog } from './team-form-dialog';

/** The municipality's teams (parties, own staff, volunteers): search, paging, CRUD. */
@Component({
  selector: 'app-teams-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
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
