import { TestBed } from '@angular/core/testing';
import { I18nService, LANGUAGE_STORAGE_KEY } from './i18n.service';
import { TranslatePipe } from './translate.pipe';
import { DA } from './translations.da';
import { EN } from './translations.en';

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  function create(): I18nService {
    TestBed.configureTestingModule({});
    return TestBed.inject(I18nService);
  }

  it('uses Danish by default and sets <html lang="da">', () => {
    const i18n = create();
    expect(i18n.language()).toBe('da');
    expect(i18n.t('areas.create')).toBe('Opret område');
    expect(document.documentElement.lang).toBe('da');
    expect(i18n.locale()).toBe('da-DK');
  });

  it('switches to English, persists the choice and updates <html lang>', () => {
    const i18n = create();
    i18n.use('en');
    expect(i18n.language()).toBe('en');
    expect(i18n.t('areas.create')).toBe('Create area');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in the language stored in localStorage', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const i18n = create();
    expect(i18n.language()).toBe('en');
    expect(i18n.t('common.logout')).toBe('Log out');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores an unknown stored language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(create().language()).toBe('da');
  });

  it('fills in {placeholders} and leaves unknown ones visible', () => {
    const i18n = create();
    expect(i18n.t('participant.greeting', { name: 'Anne Andersen' })).toBe('Hej Anne Andersen');
    expect(i18n.t('areas.confirmDelete.text', { name: 'Nord' })).toBe(
      'Er du sikker på, at du vil slette området Nord?',
    );
    expect(i18n.t('participant.greeting')).toBe('Hej {name}');
    i18n.use('en');
    expect(i18n.t('participant.greeting', { name: 'Anne' })).toBe('Hello Anne');
  });

  it('falls back to the key itself for unknown keys, and tOr to the given text', () => {
    const i18n = create();
    expect(i18n.t('no.such.key')).toBe('no.such.key');
    expect(i18n.has('no.such.key')).toBe(false);
    expect(i18n.has('areas.title')).toBe(true);
    expect(i18n.tOr('audit.action.SOMETHING_NEW', 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(i18n.tOr('audit.action.AREA_CREATED', 'AREA_CREATED')).toBe('Område oprettet');
  });

  it('has an English text for every Danish key, and no empty texts', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(DA).sort());
    for (const [key, text] of [...Object.entries(DA), ...Object.entries(EN)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('forms possessives per language', () => {
    const i18n = create();
    expect(i18n.possessive('Demo Kommune')).toBe('Demo Kommunes');
    expect(i18n.possessive('Aarhus')).toBe("Aarhus'");
    i18n.use('en');
    expect(i18n.possessive('Demo Kommune')).toBe("Demo Kommune's");
  });

  it('is read by the t pipe, which follows language changes', () => {
    const i18n = create();
    const pipe = TestBed.runInInjectionContext(() => new TranslatePipe());
    expect(pipe.transform('admin.nav.audit')).toBe('Revisionslog');
    i18n.use('en');
    expect(pipe.transform('admin.nav.audit')).toBe('Audit log');
    expect(pipe.transform('participant.greeting', { name: 'Ada' })).toBe('Hello Ada');
  });
});
