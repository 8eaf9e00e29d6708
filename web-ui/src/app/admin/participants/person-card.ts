import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Eligibility, PersonData } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { addressLines, fetchedText, formatDate } from './participant-format';

/** What the CPR register says about a person, and (optionally) whether they may serve per election type. */
@Component({
  selector: 'app-person-card',
  imports: [TranslatePipe],
  template: `
    @let p = person();
    <div class="person" data-testid="person-card">
      <p class="person-name">
        <strong data-testid="person-name">{{ p.fullName }}</strong>
        @if (p.addressProtected) {
          <span class="badge badge-protected" data-testid="person-protected">{{
            'participants.protected' | t
          }}</span>
        }
      </p>
      @if (p.addressProtected) {
        <p class="warning" role="note">{{ 'participants.protectedHint' | t }}</p>
      }
      <dl>
        <dt>{{ 'participants.person.status' | t }}</dt>
        <dd data-testid="person-status">
          {{ 'participants.status.' + p.status | t }} ·
          {{ 'participants.person.born' | t: { date: born(), age: p.age } }}
        </dd>
        <dt>
          {{
            (p.address ? 'participants.person.address' : 'participants.person.foreignAddress') | t
          }}
        </dt>
        <dd data-testid="person-address">
          @for (line of address(); track $index) {
            <span class="line">{{ line }}</span>
          } @empty {
            {{ 'participants.person.noAddress' | t }}
          }
        </dd>
        <dt>{{ 'participants.person.citizenship' | t }}</dt>
        <dd>
          {{
            (p.danishCitizen ? 'participants.person.danish' : 'participants.person.notDanish') | t
          }}
        </dd>
        <dt>{{ 'participants.person.resident' | t }}</dt>
        <dd>{{ (p.residentInMunicipality ? 'common.yes' : 'common.no') | t }}</dd>
        <dt>{{ 'participants.person.guardianship' | t }}</dt>
        <dd>{{ (p.underGuardianship ? 'common.yes' : 'common.no') | t }}</dd>
        <dt>{{ 'participants.person.digitalPost' | t }}</dt>
        <dd data-testid="person-digital-post">
          {{ 'participants.digitalPost.' + p.digitalPost | t }}
        </dd>
      </dl>
      <p class="muted" data-testid="person-fetched">{{ fetched() }}</p>
      @if (eligibility(); as types) {
        <h3>{{ 'participants.eligibility.title' | t }}</h3>
        @if (!types.length) {
          <p class="muted">{{ 'participants.eligibility.none' | t }}</p>
        }
        <ul class="eligibility" data-testid="eligibility">
          @for (type of types; track type.electionTypeId) {
            <li data-testid="eligibility-type" [attr.data-eligible]="type.eligible">
              <strong>{{ type.title }}:</strong>
              {{
                (type.eligible
                  ? 'participants.eligibility.eligible'
                  : 'participants.eligibility.notEligible'
                ) | t
              }}
              <ul>
                @for (rule of type.rules; track rule.rule) {
                  <li
                    [class.failed]="!rule.passed"
                    data-testid="eligibility-rule"
                    [attr.data-rule]="rule.rule"
                  >
                    {{ rule.passed ? '✓' : '✗' }} {{ 'eligibility.rule.' + rule.rule | t }}
                    @if (rule.code) {
                      – {{ rule.code | t }}
                    }
                  </li>
                }
              </ul>
            </li>
          }
        </ul>
      }
    </div>
  `,
  styleUrl: './person-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonCard {
  private readonly i18n = inject(I18nService);

  readonly person = input.required<PersonData>();
  /** Per election type; null leaves the section out. */
  readonly eligibility = input<Eligibility[] | null>(null);

  protected readonly born = computed(() => formatDate(this.i18n, this.person().birthDate));
  protected readonly address = computed(() => addressLines(this.person()));
  protected readonly fetched = computed(() => {
    this.i18n.language();
    return fetchedText(this.i18n, this.person());
  });
}
