import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, of } from 'rxjs';
import { PublicContactInformation } from '../../core/api/models';
import { PublicApi } from '../../core/api/public-api';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';

type Loaded =
  { contact: PublicContactInformation } | { notWritten: true } | { error: unknown } | undefined;

/** "Kontakt os": how to reach the election office, with the municipality's logo. */
@Component({
  selector: 'app-contact-page',
  imports: [TranslatePipe, ErrorMessage],
  templateUrl: './contact-page.html',
  styleUrl: './contact-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactPage {
  protected readonly page = toSignal<Loaded>(
    inject(PublicApi)
      .contactInformation()
      .pipe(
        map((contact): Loaded => ({ contact })),
        catchError((error: unknown) =>
          of(
            error instanceof HttpErrorResponse && error.status === 404
              ? ({ notWritten: true } as const)
              : { error },
          ),
        ),
      ),
  );

  /** "tel:" link without spaces and hyphens. */
  protected telephone(phone: string): string {
    return `tel:${phone.replace(/[\s-]/g, '')}`;
  }
}
