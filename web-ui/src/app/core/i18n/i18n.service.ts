import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { DA, TranslationKey, Translations } from './translations.da';
import { EN } from './translations.en';

export type Language = 'da' | 'en';

export const LANGUAGES: readonly Language[] = ['da', 'en'];
export const DEFAULT_LANGUAGE: Language = 'da';
export const LANGUAGE_STORAGE_KEY = 'valghalla.lang';

export type TranslationParams = Readonly<Record<string, string | number | null | undefined>>;

const DICTIONARIES: Record<Language, Translations> = { da: DA, en: EN };

/** Locale used for dates and numbers per language. */
const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/**
 * Small signal-based translation service. Danish is the default; the chosen language is
 * persisted in localStorage and mirrored to `<html lang>`.
 *
 * Lookup order: current language → Danish → the key itself.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.readStoredLanguage());

  /** The active language (read-only signal). */
  readonly language = this.current.asReadonly();
  /** BCP 47 locale of the active language, for Intl formatting. */
  readonly locale = computed(() => LOCALES[this.current()]);

  constructor() {
    this.applyToDocument(this.current());
  }

  use(language: Language): void {
    if (!LANGUAGES.includes(language)) {
      return;
    }
    this.current.set(language);
    this.applyToDocument(language);
    try {
      this.document.defaultView?.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage may be unavailable (private mode, disabled cookies): the choice then lasts for this page only.
    }
  }

  /** Whether a translation exists for the key (in the current language or the Danish fallback). */
  has(key: string): boolean {
    return lookup(DICTIONARIES[this.current()], key) !== undefined || lookup(DA, key) !== undefined;
  }

  /**
   * Translates a key, filling `{placeholders}` from params. Reads the language signal, so calls
   * made in templates, computed() or effect() update when the language changes.
   */
  t(key: TranslationKey | string, params?: TranslationParams): string {
    const text = lookup(DICTIONARIES[this.current()], key) ?? lookup(DA, key) ?? key;
    return params ? interpolate(text, params) : text;
  }

  /** Translates the first key that exists, else returns the fallback text as it is. */
  tOr(key: string, fallback: string, params?: TranslationParams): string {
    return this.has(key) ? this.t(key, params) : fallback;
  }

  /** The possessive form of a name: "Demo Kommunes" (da), "Demo Kommune's" (en). */
  possessive(name: string): string {
    const endsWithSibilant = /[sxz]$/i.test(name);
    if (this.current() === 'da') {
      return endsWithSibilant ? `${name}'` : `${name}s`;
    }
    return /s$/i.test(name) ? `${name}'` : `${name}'s`;
  }

  private applyToDocument(language: Language): void {
    this.document.documentElement.lang = language;
  }

  private readStoredLanguage(): Language {
    try {
      const stored = this.document.defaultView?.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
      if (stored && (LANGUAGES as readonly string[]).includes(stored)) {
        return stored as Language;
      }
    } catch {
      // ignore: fall back to the default language
    }
    return DEFAULT_LANGUAGE;
  }
}

function lookup(dictionary: Translations, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(dictionary, key)
    ? dictionary[key as TranslationKey]
    : undefined;
}

function interpolate(text: string, params: TranslationParams): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? match : String(value);
  });
}
