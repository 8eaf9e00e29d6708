import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { catchError, of } from 'rxjs';
import { PublicApi } from '../../core/api/public-api';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { DkfdsStylesheet } from './dkfds-stylesheet';
import { ParticipantLanguageSwitch } from './language-switch';

/** The main menu for everybody (anonymous visitors included); the FAQ only while it is switched on. */
export const PARTICIPANT_NAV_ITEMS = [
  { path: '/', label: 'participant.nav.home', testId: 'nav-home' },
  { path: '/kontakt-os', label: 'participant.nav.contact', testId: 'nav-contact' },
  { path: '/privatlivspolitik', label: 'participant.nav.privacy', testId: 'nav-privacy' },
  { path: '/faq', label: 'participant.nav.faq', testId: 'nav-faq' },
] as const;

/** Frame of the participant (citizen) site, styled with DKFDS: header with logo, main menu, footer. */
@Component({
  selector: 'app-participant-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe, ParticipantLanguageSwitch],
  templateUrl: './participant-shell.html',
  styleUrl: './participant-shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantShell {
  private readonly stylesheet = inject(DkfdsStylesheet);
  private readonly api = inject(PublicApi);

  /** False until the DKFDS CSS is there, to avoid a flash of unstyled content. */
  protected readonly styled = signal(false);
  protected readonly municipality = toSignal(
    this.api.municipality().pipe(catchError(() => of(null))),
    {
      initialValue: null,
    },
  );
  protected readonly context = toSignal(this.api.siteContext().pipe(catchError(() => of(null))), {
    initialValue: null,
  });
  protected readonly navItems = computed(() =>
    PARTICIPANT_NAV_ITEMS.filter((item) => item.path !== '/faq' || this.context()?.faqActive),
  );

  constructor() {
    this.stylesheet.attach().then(() => this.styled.set(true));
    inject(DestroyRef).onDestroy(() => this.stylesheet.detach());
  }
}
