import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** Shown for unknown paths (wildcard route) inside either area. */
@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, TranslatePipe],
  template: `
    <section class="not-found" data-testid="not-found">
      <h1>{{ 'notFound.title' | t }}</h1>
      <p>{{ 'notFound.text' | t }}</p>
      <p>
        <a [routerLink]="homeLink()">{{ 'notFound.home' | t }}</a>
      </p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {
  /** Where "go to the front page" leads; set through route data binding. */
  readonly homeLink = input('/');
}
