import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18nService, LANGUAGES, Language } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** Dansk / English switch in DKFDS style for the participant site. */
@Component({
  selector: 'app-participant-language-switch',
  imports: [TranslatePipe],
  template: `
    <div class="language-choice" role="group" [attr.aria-label]="'lang.label' | t">
      @for (language of languages; track language) {
        <button
          type="button"
          class="button button-unstyled function-link"
          [attr.lang]="language"
          [attr.aria-pressed]="i18n.language() === language"
          [attr.data-testid]="'lang-' + language"
          (click)="choose(language)"
        >
          {{ 'lang.' + language | t }}
        </button>
      }
    </div>
  `,
  styles: `
    .language-choice {
      display: flex;
      gap: 1rem;
      align-items: center;
    }
    button[aria-pressed='true'] {
      font-weight: 600;
      text-decoration: underline;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantLanguageSwitch {
  protected readonly i18n = inject(I18nService);
  protected readonly languages = LANGUAGES;

  protected choose(language: Language): void {
    this.i18n.use(language);
  }
}
