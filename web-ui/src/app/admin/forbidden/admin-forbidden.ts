import { ChangeDetectionStrategy, Component, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** Shown instead of the admin pages when the logged-in user lacks the admin role (403). */
@Component({
  selector: 'app-admin-forbidden',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <section class="forbidden" data-testid="admin-forbidden">
      <h1>{{ 'admin.forbidden.title' | t }}</h1>
      <p>{{ 'admin.forbidden.text' | t }}</p>
      <button mat-flat-button type="button" (click)="logout.emit()">
        {{ 'common.logout' | t }}
      </button>
    </section>
  `,
  styles: `
    .forbidden {
      max-width: 640px;
      margin: 48px auto;
      padding: 0 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminForbidden {
  readonly logout = output<void>();
}
