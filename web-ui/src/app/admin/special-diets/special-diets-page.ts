import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Observable } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { Consequences, SpecialDiet } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { ListHeader, ListPaginator, ListSearch, RowActions } from '../shared/list-parts';
import { MasterDataListPage } from '../shared/master-data-list-page';
import { pagedSearchList } from '../shared/paged-search-list';
import { SpecialDietFormDialog } from './special-diet-form-dialog';

/** The municipality's special diets: search, server paging, create, rename and delete. */
@Component({
  selector: 'app-special-diets-page',
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
  templateUrl: './special-diets-page.html',
  styleUrl: '../shared/list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SpecialDietsPage extends MasterDataListPage<SpecialDiet> {
  private readonly api = inject(AdminApi);

  protected readonly columns = ['title', 'actions'];
  protected override readonly list = pagedSearchList((query) => this.api.listSpecialDiets(query));

  protected override readonly texts = 'specialDiets';
  protected override readonly form = {
    component: SpecialDietFormDialog,
    data: (item: SpecialDiet | null) => ({ diet: item }),
  };

  protected override nameOf(diet: SpecialDiet): Record<string, string> {
    return { title: diet.title };
  }

  protected override deletionPreview(diet: SpecialDiet): Observable<Consequences> {
    return this.api.specialDietDeletionPreview(diet.id);
  }

  protected override remove(diet: SpecialDiet): Observable<void> {
    return this.api.deleteSpecialDiet(diet.id);
  }

  constructor() {
    super();
    this.list.reload();
  }
}
