import { PersonData } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';

/** "12. marts 1990" in the active language. */
export function formatDate(i18n: I18nService, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(i18n.locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** Date and time of an instant in Danish time. */
export function formatInstant(i18n: I18nService, instant: string): string {
  return new Intl.DateTimeFormat(i18n.locale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(instant));
}

/** Today in Danish time as an ISO date. */
export function todayInDenmark(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/** Whole days between the fetch and now (never negative). */
export function ageInDays(fetchedAt: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(fetchedAt).getTime()) / 86_400_000));
}

/** "Hentet fra CPR 22. nov. 2026 10.15", with the age in days once it is a day old or more. */
export function fetchedText(i18n: I18nService, person: PersonData, now: Date = new Date()): string {
  const when = formatInstant(i18n, person.fetchedAt);
  const days = ageInDays(person.fetchedAt, now);
  return days > 0
    ? i18n.t('participants.person.fetchedDays', { when, days })
    : i18n.t('participants.person.fetched', { when });
}

/** The address lines a person has, Danish or foreign; empty when none. */
export function addressLines(person: PersonData): string[] {
  if (person.address) {
    const a = person.address;
    return [
      a.coName ? `c/o ${a.coName}` : '',
      a.streetAddress,
      [a.postalCode, a.postDistrict].filter(Boolean).join(' '),
    ].filter(Boolean);
  }
  return person.foreignAddress?.lines ?? [];
}
