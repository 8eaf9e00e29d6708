import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Municipality, ParticipantMe, PublicFrontPage, SiteContext } from '../../core/api/models';
import { ParticipantApi } from '../../core/api/participant-api';
import { PublicApi } from '../../core/api/public-api';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { BrowserNavigation, loginUrl, logoutUrl } from '../../core/navigation/browser-navigation';
import { ErrorMessage } from '../../shared/error-message/error-message';

/**
 * The participant site's front page: the election office's title and text (or a built-in welcome
 * until they are written), "Ingen aktive valg" while no election is active, and MitID login, or a
 * greeting when logged in.
 */
@Component({
  selector: 'app-front-page',
  imports: [TranslatePipe, ErrorMessage],
  templateUrl: './front-page.html',
  styleUrl: './front-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrontPage {
  private readonly i18n = inject(I18nService);
  private readonly navigation = inject(BrowserNavigation);

  protected readonly municipality = signal<Municipality | null>(null);
  /** What the election office wrote (null until loaded, or when it failed to load). */
  protected readonly written = signal<PublicFrontPage | null>(null);
  protected readonly context = signal<SiteContext | null>(null);
  /** undefined while loading, null when not logged in. */
  protected readonly me = signal<ParticipantMe | null | undefined>(undefined);
  protected readonly error = signal<unknown>(null);
  protected readonly logoutHref = logoutUrl('participant');

  protected readonly heading = computed(() => {
    const title = this.written()?.title;
    if (title) {
      return title;
    }
    const municipality = this.municipality();
    return municipality
      ? this.i18n.t('participant.title', { municipality: municipality.name })
      : this.i18n.t('app.name');
  });

  protected readonly welcome = computed(() => {
    const municipality = this.municipality();
    return municipality
      ? this.i18n.t('participant.welcome', {
          municipalityGenitive: this.i18n.possessive(municipality.name),
        })
      : this.i18n.t('participant.welcomeGeneric');
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    const api = inject(PublicApi);

    api
      .municipality()
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe({
        next: (municipality) => {
          this.municipality.set(municipality);
        },
        error: (error: unknown) => this.error.set(error),
      });

    api
      .frontPage()
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe({
        next: (page) => this.written.set(page),
        error: (error: unknown) => this.error.set(error),
      });
    api
      .siteContext()
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe({
        next: (context) => this.context.set(context),
        error: (error: unknown) => this.error.set(error),
      });

    inject(ParticipantApi)
      .me()
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe({
        next: (me) => this.me.set(me),
        error: (error: unknown) => {
          this.me.set(null);
          this.error.set(error);
        },
      });
  }

  protected login(): void {
    this.navigation.navigateTo(loginUrl('participant', '/'));
  }
}
