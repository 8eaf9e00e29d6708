import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Observable, map } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { notBlank } from '../shared/validators';

export type WebPageKind = 'frontPage' | 'faq' | 'disclosureStatement' | 'consentDeclaration';

export const FRONT_PAGE_TITLE_MAX = 255;
export const CONSENT_TEXT_MAX = 10000;

/** The fields of every kind of page, as one shape (unused fields stay empty). */
interface EditablePage {
  title: string;
  body: string;
  active: boolean;
  version: number;
}

interface PageKindSpec {
  /** kebab-case, for test ids */
  id: string;
  hasTitle: boolean;
  canBeSwitchedOff: boolean;
  /** Plain text (consent) instead of HTML. */
  plainText: boolean;
  load(api: AdminApi): Observable<EditablePage>;
  save(api: AdminApi, page: EditablePage): Observable<EditablePage>;
}

const EMPTY = { title: '', body: '', active: false };

export const PAGE_KINDS: Record<WebPageKind, PageKindSpec> = {
  frontPage: {
    id: 'front-page',
    hasTitle: true,
    canBeSwitchedOff: false,
    plainText: false,
    load: (api) =>
      api
        .getFrontPage()
        .pipe(map((p) => ({ ...EMPTY, title: p.title, body: p.content, version: p.version }))),
    save: (api, page) =>
      api
        .saveFrontPage({ title: page.title, content: page.body, version: page.version })
        .pipe(map((p) => ({ ...EMPTY, title: p.title, body: p.content, version: p.version }))),
  },
  faq: {
    id: 'faq',
    hasTitle: false,
    canBeSwitchedOff: true,
    plainText: false,
    load: (api) =>
      api
        .getFaq()
        .pipe(map((p) => ({ ...EMPTY, body: p.content, active: p.active, version: p.version }))),
    save: (api, page) =>
      api
        .saveFaq({ content: page.body, active: page.active, version: page.version })
        .pipe(map((p) => ({ ...EMPTY, body: p.content, active: p.active, version: p.version }))),
  },
  disclosureStatement: {
    id: 'disclosure-statement',
    hasTitle: false,
    canBeSwitchedOff: false,
    plainText: false,
    load: (api) =>
      api
        .getDisclosureStatement()
        .pipe(map((p) => ({ ...EMPTY, body: p.content, version: p.version }))),
    save: (api, page) =>
      api
        .saveDisclosureStatement({ content: page.body, version: page.version })
        .pipe(map((p) => ({ ...EMPTY, body: p.content, version: p.version }))),
  },
  consentDeclaration: {
    id: 'consent-declaration',
    hasTitle: false,
    canBeSwitchedOff: true,
    plainText: true,
    load: (api) =>
      api
        .getConsentDeclaration()
        .pipe(map((p) => ({ ...EMPTY, body: p.text, active: p.active, version: p.version }))),
    save: (api, page) =>
      api
        .saveConsentDeclaration({ text: page.body, active: page.active, version: page.version })
        .pipe(map((p) => ({ ...EMPTY, body: p.text, active: p.active, version: p.version }))),
  },
};

/**
 * Edits one page of the participant site: the front page (title + HTML), the FAQ (HTML + on/off),
 * the disclosure statement (HTML) or the declaration of consent (plain text + on/off). HTML is
 * sanitized by the server; after saving, the stored (sanitized) text is shown as a preview. Saves
 * carry the version that was loaded, so a concurrent change is refused instead of overwritten.
 */
@Component({
  selector: 'app-web-page-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
  ],
  templateUrl: './web-page-editor.html',
  styleUrl: './web-content.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WebPageEditor implements OnInit {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  readonly kind = input.required<WebPageKind>();
  protected readonly spec = computed(() => PAGE_KINDS[this.kind()]);

  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly error = signal<unknown>(null);
  /** The page as last loaded or saved. */
  protected readonly stored = signal<EditablePage | null>(null);

  protected readonly titleMax = FRONT_PAGE_TITLE_MAX;

  readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    body: new FormControl('', { nonNullable: true }),
    active: new FormControl(false, { nonNullable: true }),
  });

  ngOnInit(): void {
    const spec = this.spec();
    if (spec.hasTitle) {
      this.form.controls.title.setValidators([
        Validators.required,
        notBlank,
        Validators.maxLength(FRONT_PAGE_TITLE_MAX),
      ]);
    }
    if (spec.plainText) {
      this.form.controls.body.setValidators([Validators.maxLength(CONSENT_TEXT_MAX)]);
    }
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.spec()
      .load(this.api)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => this.show(page),
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(error);
        },
      });
  }

  /** Switched on with nothing to show: the server refuses it, so the form says so first. */
  protected activeWithoutContent(): boolean {
    const v = this.form.getRawValue();
    return this.spec().canBeSwitchedOff && v.active && v.body.trim().length === 0;
  }

  save(): void {
    if (this.saving() || this.loading()) {
      return;
    }
    if (this.form.invalid || this.activeWithoutContent()) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const page: EditablePage = {
      title: v.title.trim(),
      body: v.body,
      active: v.active,
      version: this.stored()?.version ?? 0,
    };
    this.saving.set(true);
    this.error.set(null);
    this.spec()
      .save(this.api, page)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.show(saved);
          this.snackBar.open(
            this.i18n.t(`webContent.saved.${this.kind()}`),
            this.i18n.t('common.close'),
            {
              duration: 4000,
            },
          );
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.error.set(error);
        },
      });
  }

  private show(page: EditablePage): void {
    this.stored.set(page);
    this.form.reset({ title: page.title, body: page.body, active: page.active });
    this.loading.set(false);
  }
}
