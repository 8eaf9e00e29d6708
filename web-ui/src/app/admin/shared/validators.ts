import { AbstractControl, ValidationErrors } from '@angular/forms';

/** A value that is not just whitespace (an empty value is left to `Validators.required`). */
export function notBlank(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = control.value;
  return typeof value === 'string' && value.trim().length === 0 && value.length > 0
    ? { required: true }
    : null;
}
