import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** A calendar day as the server speaks it: `yyyy-MM-dd` (what `<input type="date">` gives). */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) {
    return false;
  }
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A required ISO day. */
export const isoDay: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null =>
  isIsoDay((control.value ?? '').trim()) ? null : { isoDay: true };

/**
 * The period of an election: its first day before its last, the election day within it (ISO days compare as
 * strings). Only judged once all three are valid days.
 */
export function electionPeriod(start: string, end: string, electionDay: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const values = [start, end, electionDay].map(
      (name) => (group.get(name)?.value ?? '') as string,
    );
    if (!values.every(isIsoDay)) {
      return null;
    }
    const [first, last, day] = values;
    return first < last && first <= day && day <= last ? null : { period: true };
  };
}

/** A whole number from `min` to `max` (for day counts typed into a number field). */
export function wholeNumber(min: number, max: number): ValidatorFn {
  return (control: AbstractControl<number | string | null>): ValidationErrors | null => {
    const value = Number(control.value);
    return control.value !== null &&
      control.value !== '' &&
      Number.isInteger(value) &&
      value >= min &&
      value <= max
      ? null
      : { wholeNumber: true };
  };
}

/** "2. mar. 2027" style day for lists, in the page's language; the raw value if it is not a day. */
export function formatDay(value: string, language: string): string {
  if (!isIsoDay(value)) {
    return value;
  }
  const [year, month, day] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
