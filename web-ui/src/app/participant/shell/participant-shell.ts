import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink, RouterOutlet } from '@angular/router';
import { catchError, of } from 'rxjs';
import { PublicApi } from '../../core/api/public-api';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { DkfdsStylesheet } from './dkfds-stylesheet';
import { ParticipantLanguageSwitch } from './language-switch';

/** Frame of the participant (citizen) site, styled with DKFDS. */
@Component({
  selector: 'app-participant-shell',
  imports: [RouterOutlet, RouterLink, TranslatePipe, ParticipantLanguageSwitch],
  templateUrl: './participant-shell.html',
  styleUrl: './participant-shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantShell {
  private readonly stylesheet = inject(DkfdsStylesheet);

  /** False until the DKFDS CSS is there, to avoid a flash of unstyled content. */
  protected readonly styled = signal(false);
  protected readonly municipality = toSignal(
    inject(PublicApi)
      .municipality()
      .pipe(catchError(() => of(null))),
    {
      initialValue: null,
    },
  );

  constructor() {
    this.stylesheet.attach().then(() => this.styled.set(true));
    inject(DestroyRef).onDestroy(() => this.stylesheet.detach());
  }
}
