import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { CanActivateFn, Router } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { PublicApi } from '../../core/api/public-api';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';

/** The FAQ page exists only while the election office has switched it on; otherwise → front page. */
export const faqActiveGuard: CanActivateFn = () => {
  const router = inject(Router);
  return inject(PublicApi)
    .siteContext()
    .pipe(
      map((context) => context.faqActive || router.createUrlTree(['/'])),
      catchError(() => of(router.createUrlTree(['/']))),
    );
};

type Loaded = { content: string } | { error: unknown } | undefined;

/** Frequently asked questions, as the election office wrote them (sanitized HTML). */
@Component({
  selector: 'app-faq-page',
  imports: [TranslatePipe, ErrorMessage],
  template: `
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{{ 'participant.faq.title' | t }}</h1>
        @if (page(); as p) {
          @if ('content' in p) {
            <div class="rich-text" data-testid="faq-content" [innerHTML]="p.content"></div>
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
export class FaqPage {
  protected readonly page = toSignal<Loaded>(
    inject(PublicApi)
      .faq()
      .pipe(catchError((error: unknown) => of({ error }))),
  );
}
