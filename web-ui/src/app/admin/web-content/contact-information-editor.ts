import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AdminApi } from '../../core/api/admin-api';
import { ContactInformationContent, ContactLogo } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ConfirmDialog } from '../../shared/confirm-dialog/confirm-dialog';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { notBlank } from '../shared/validators';

/** The server's limit (SvgLogo.MAX_BYTES); the server decides, this is only the hint. */
export const LOGO_MAX_MB = 1;

/** The election office must be reachable in writing: by e-mail, through Digital Post, or both. */
function emailOrDigitalPost(group: AbstractControl): ValidationErrors | null {
  const email = (group.get('email')?.value as string).trim();
  const digitalPost = (group.get('digitalPostUrl')?.value as string).trim();
  return email || digitalPost ? null : { emailOrDigitalPost: true };
}

const TEXT = [Validators.required, notBlank, Validators.maxLength(255)];

/**
 * The election office's contact information (shown on the participant site's contact page) and the
 * municipality's SVG logo. The logo is uploaded as soon as it is chosen; the server refuses SVG that
 * could run script or load anything from elsewhere, with a reason the page shows.
 */
@Component({
  selector: 'app-contact-information-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './contact-information-editor.html',
  styleUrl: './web-content.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactInformationEditor {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly maxMb = LOGO_MAX_MB;
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly uploading = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly logoError = signal<unknown>(null);
  protected readonly version = signal(0);
  protected readonly logo = signal<ContactLogo | null>(null);

  readonly form = new FormGroup(
    {
      municipalityName: new FormControl('', { nonNullable: true, validators: TEXT }),
      department: new FormControl('', { nonNullable: true, validators: TEXT }),
      address: new FormControl('', { nonNullable: true, validators: TEXT }),
      postalCode: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.pattern(/^\s*\d{4}\s*$/)],
      }),
      city: new FormControl('', { nonNullable: true, validators: TEXT }),
      phone: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(30)] }),
      email: new FormControl('', {
        nonNullable: true,
        validators: [Validators.email, Validators.maxLength(254)],
      }),
      digitalPostUrl: new FormControl('', {
        nonNullable: true,
        validators: [Validators.pattern(/^\s*https:\/\/\S+\s*$/i), Validators.maxLength(2000)],
      }),
    },
    { validators: emailOrDigitalPost },
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .getContactInformation()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (information) => this.show(information),
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(error);
        },
      });
  }

  save(): void {
    if (this.saving() || this.loading()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const optional = (text: string) => (text.trim() ? text.trim() : null);
    this.saving.set(true);
    this.error.set(null);
    this.api
      .saveContactInformation({
        municipalityName: v.municipalityName.trim(),
        department: v.department.trim(),
        address: v.address.trim(),
        postalCode: v.postalCode.trim(),
        city: v.city.trim(),
        phone: optional(v.phone),
        email: optional(v.email),
        digitalPostUrl: optional(v.digitalPostUrl),
        version: this.version(),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.show(saved);
          this.notify('webContent.contact.saved');
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.error.set(error);
        },
      });
  }

  protected onLogoChosen(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (!file || this.uploading()) {
      return;
    }
    this.uploading.set(true);
    this.logoError.set(null);
    this.api
      .uploadLogo(file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (logo) => {
          this.uploading.set(false);
          this.logo.set(logo);
          this.notify('webContent.logo.uploaded');
        },
        error: (error: unknown) => {
          this.uploading.set(false);
          this.logoError.set(error);
        },
      });
  }

  protected removeLogo(): void {
    ConfirmDialog.ask(this.dialog, {
      title: this.i18n.t('webContent.logo.remove'),
      message: this.i18n.t('webContent.logo.confirmRemove'),
      yesLabel: this.i18n.t('webContent.logo.remove'),
      noLabel: this.i18n.t('common.cancel'),
    }).subscribe((yes) => {
      if (!yes) {
        return;
      }
      this.logoError.set(null);
      this.api.removeLogo().subscribe({
        next: () => {
          this.logo.set(null);
          this.notify('webContent.logo.removed');
        },
        error: (error: unknown) => this.logoError.set(error),
      });
    });
  }

  private show(information: ContactInformationContent): void {
    this.version.set(information.version);
    this.logo.set(information.logo);
    this.form.reset({
      municipalityName: information.municipalityName ?? '',
      department: information.department ?? '',
      address: information.address ?? '',
      postalCode: information.postalCode ?? '',
      city: information.city ?? '',
      phone: information.phone ?? '',
      email: information.email ?? '',
      digitalPostUrl: information.digitalPostUrl ?? '',
    });
    this.loading.set(false);
  }

  private notify(key: string): void {
    this.snackBar.open(this.i18n.t(key), this.i18n.t('common.close'), { duration: 4000 });
  }
}
