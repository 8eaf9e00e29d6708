package dk.valghalla.domain.participant;

import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.tenant.MunicipalityCode;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a person may serve at a task, and if not, every reason why: the rules are not one CPR code but a
 * combination. The person must always be alive. Unless the task type waives validation, the election type's rules
 * apply: 18 years on the task date, Danish citizenship, residence in the municipality, not under guardianship.
 *
 * @param failures every rule the person fails, in a fixed order; empty means eligible
 */
public record Eligibility(List<Ineligibility> failures) {
    public Eligibility {
        failures = List.copyOf(failures);
    }

    public boolean eligible() {
        return failures.isEmpty();
    }

    /**
     * @param person            the person as the CPR register knows them (a fresh look-up or the last one kept)
     * @param rules             the election type's rules
     * @param taskDate          the day of the task (age counts on that day, not today)
     * @param municipality      the municipality that holds the election
     * @param validationWaived  the task type does not require validation (only "alive" is checked then)
     */
    public static Eligibility of(PersonFacts person, Set<EligibilityRule> rules, LocalDate taskDate,
                                 MunicipalityCode municipality, boolean validationWaived) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(taskDate, "taskDate");
        Objects.requireNonNull(municipality, "municipality");
        Set<Ineligibility> failed = EnumSet.noneOf(Ineligibility.class);
        if (!person.isAlive()) {
            failed.add(Ineligibility.NOT_ALIVE);
        }
        if (!validationWaived && rules != null) {
            if (rules.contains(EligibilityRule.AGE_18_ON_TASK_DATE) && !person.isAdultOn(taskDate)) {
                failed.add(Ineligibility.UNDER_18_ON_TASK_DATE);
            }
            if (rules.contains(EligibilityRule.DANISH_CITIZENSHIP) && !person.isDanishCitizen()) {
                failed.add(Ineligibility.NOT_DANISH_CITIZEN);
            }
            if (rules.contains(EligibilityRule.RESIDENT_IN_MUNICIPALITY)
                    && (person.hasEmigrated() || !person.livesIn(municipality))) {
                failed.add(Ineligibility.NOT_RESIDENT_IN_MUNICIPALITY);
            }
            if (rules.contains(EligibilityRule.NOT_UNDER_GUARDIANSHIP) && person.isUnderGuardianship()) {
                failed.add(Ineligibility.UNDER_GUARDIANSHIP);
            }
        }
        return new Eligibility(List.copyOf(failed));
    }
}
