import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ParticipantValidation } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { formatInstant } from '../participants/participant-format';

/**
 * A person's CPR check for one election as a chip: "Godkendt", "Ikke godkendt: under 18 år, …", "Ikke i CPR" or
 * "Ikke tjekket"; the tooltip says why in whole sentences and when the nightly refresh checked.
 */
@Component({
  selector: 'app-validation-chip',
  template: `<span
    class="badge validation validation-{{ validation().status }}"
    [attr.data-testid]="testId()"
    [attr.data-status]="validation().status"
    [attr.title]="hint()"
    >{{ label() }}</span
  >`,
  styleUrls: ['./badges.scss', './validation-chip.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ValidationChip {
  private readonly i18n = inject(I18nService);
  readonly validation = input.required<ParticipantValidation>();
  readonly testId = input('participant-validation');

  protected readonly label = computed(() => {
    const validation = this.validation();
    this.i18n.language();
    if (validation.status === 'INELIGIBLE') {
      const rules = validation.failures
        .map((f) => this.i18n.tOr(`participants.validation.rule.${f.rule}`, f.rule))
        .join(', ');
      return this.i18n.t('participants.validation.INELIGIBLE', { rules });
    }
    return this.i18n.t(`participants.validation.${validation.status}`);
  });

  protected readonly hint = computed(() => {
    const validation = this.validation();
    this.i18n.language();
    const reasons = validation.failures.map((f) => this.i18n.tOr(f.code, f.rule));
    const checked = validation.checkedAt
      ? [
          this.i18n.t('participants.validation.checkedAt', {
            when: formatInstant(this.i18n, validation.checkedAt),
          }),
        ]
      : [this.i18n.t('participants.validation.notCheckedHint')];
    return [...reasons, ...checked].join(' ');
  });
}
