import { Injectable, effect, inject, untracked } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService } from './i18n.service';

/**
 * Route `title`s are translation keys; the document title becomes "<translated> – Valghalla"
 * (or just "Valghalla") and follows language changes.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private key: string | undefined;

  constructor() {
    super();
    effect(() => {
      this.i18n.language();
      untracked(() => this.apply());
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key = this.buildTitle(snapshot);
    this.apply();
  }

  private apply(): void {
    const product = this.i18n.t('app.name');
    const page = this.key && this.key !== 'app.name' ? this.i18n.t(this.key) : undefined;
    this.title.setTitle(page ? `${page} – ${product}` : product);
  }
}
