import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { catchError, of } from 'rxjs';
import { PublicApi } from '../../core/api/public-api';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';

type Loaded = { content: string } | { error: unknown } | undefined;

/** "Privatlivspolitik": the municipality's disclosure statement (oplysningserklæring). */
@Component({
  selector: 'app-privacy-page',
  imports: [TranslatePipe, ErrorMessage],
  template: `
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{{ 'participant.privacy.title' | t }}</h1>
        @if (page(); as p) {
          @if ('content' in p) {
            @if (p.content) {
              <div class="rich-text" data-testid="privacy-content" [innerHTML]="p.content"></div>
            } @else {
              <p data-testid="privacy-not-written">{{ 'participant.privacy.notWritten' | t }}</p>
            }
          } @else {
            <app-error-message look="dkfds" [error]="p.error" />
          }
        } @else {
          <p>{{ 'app.loading' | t }}</p>
        }
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivacyPage {
  protected readonly page = toSignal<Loaded>(
    inject(PublicApi)
      .disclosureStatement()
      .pipe(catchError((error: unknown) => of({ error }))),
  );
}
