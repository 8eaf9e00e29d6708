import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService, TranslationParams } from './i18n.service';
import { TranslationKey } from './translations.da';

/**
 * `{{ 'areas.title' | t }}` or `{{ 'participant.greeting' | t: { name: me.name } }}`.
 *
 * Impure on purpose: the result depends on the language signal, not only on the arguments.
 * A lookup is a cheap property read, so re-evaluating on every change detection is fine.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey | string, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
