import { Injectable, effect, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { I18nService } from '../../core/i18n/i18n.service';

/** Paginator labels from the app's dictionaries; re-rendered when the language changes. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => {
      this.i18n.language();
      this.updateLabels();
      this.changes.next();
    });
    this.updateLabels();
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) {
      return this.i18n.t('paginator.rangeEmpty', { total: length });
    }
    const start = page * pageSize;
    const end = Math.min(start + pageSize, length);
    return this.i18n.t('paginator.range', { start: start + 1, end, total: length });
  };

  private updateLabels(): void {
    this.itemsPerPageLabel = this.i18n.t('paginator.itemsPerPage');
    this.nextPageLabel = this.i18n.t('paginator.nextPage');
    this.previousPageLabel = this.i18n.t('paginator.previousPage');
    this.firstPageLabel = this.i18n.t('paginator.firstPage');
    this.lastPageLabel = this.i18n.t('paginator.lastPage');
  }
}
