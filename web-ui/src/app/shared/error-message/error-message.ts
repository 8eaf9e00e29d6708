import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ErrorTranslator } from '../../core/errors/error-translator';

/**
 * Inline, translated error (role="alert", data-testid="error-message"). Accepts whatever an API
 * call threw; the text follows the language switch.
 *
 * `look="dkfds"` renders DKFDS alert markup for the participant site; the default renders a
 * self-styled box for the Material admin area.
 */
@Component({
  selector: 'app-error-message',
  template: `
    @if (userError(); as e) {
      @if (look() === 'dkfds') {
        <div
          class="alert alert-error"
          role="alert"
          data-testid="error-message"
          [attr.data-code]="e.code"
        >
          <div class="alert-body">
            <p class="alert-text">{{ e.message }}</p>
            @if (e.details.length) {
              <ul class="nobullet-list">
                @for (detail of e.details; track $index) {
                  <li>{{ detail }}</li>
                }
              </ul>
            }
          </div>
        </div>
      } @else {
        <div class="vh-error" role="alert" data-testid="error-message" [attr.data-code]="e.code">
          <p class="vh-error__message">{{ e.message }}</p>
          @if (e.details.length) {
            <ul class="vh-error__details">
              @for (detail of e.details; track $index) {
                <li>{{ detail }}</li>
              }
            </ul>
          }
        </div>
      }
    }
  `,
  styles: `
    .vh-error {
      border-left: 4px solid var(--mat-sys-error, #b3261e);
      background: var(--mat-sys-error-container, #f9dedc);
      color: var(--mat-sys-on-error-container, #410e0b);
      padding: 12px 16px;
      margin: 0 0 16px;
      border-radius: 4px;
    }
    .vh-error__message {
      margin: 0;
      font-weight: 500;
    }
    .vh-error__details {
      margin: 8px 0 0;
      padding-left: 20px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorMessage {
  private readonly translator = inject(ErrorTranslator);

  /** The error thrown by an API call (HttpErrorResponse with a problem body, usually). */
  readonly error = input<unknown>(null);
  readonly look = input<'material' | 'dkfds'>('material');

  protected readonly userError = computed(() => {
    const error = this.error();
    return error === null || error === undefined ? null : this.translator.translate(error);
  });
}
