package dk.valghalla.domain.participant;

import dk.valghalla.domain.election.ElectionId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The latest re-check of a participant for one active election, kept so that the task capability can find the seats
 * that would fail and act on them (remove them, notify the person).
 *
 * @param eligibilityDay the day the rules were judged on: the task date of the person's earliest failing seat in the
 *                       election, else of the earliest seat; the election day when the person holds no seat there
 * @param failures       the rules failed; empty unless {@code outcome} is {@link ValidationOutcome#INELIGIBLE}
 */
public record ParticipantValidation(ParticipantId participant, ElectionId election, LocalDate eligibilityDay,
                                    Instant checkedAt, ValidationOutcome outcome, List<Ineligibility> failures) {
    public ParticipantValidation {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(eligibilityDay, "eligibilityDay");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(outcome, "outcome");
        failures = List.copyOf(failures);
        if ((outcome == ValidationOutcome.INELIGIBLE) == failures.isEmpty()) {
            throw new IllegalArgumentException("An ineligible outcome names the failed rules, and only that one");
        }
    }

    /** The register answered: eligible, or the rules failed. */
    public static ParticipantValidation judged(ParticipantId participant, ElectionId election, LocalDate day,
                                               Instant checkedAt, Eligibility eligibility) {
        return new ParticipantValidation(participant, election, day, checkedAt,
                eligibility.eligible() ? ValidationOutcome.ELIGIBLE : ValidationOutcome.INELIGIBLE,
                eligibility.failures());
    }

    /** The register no longer knows the CPR number. */
    public static ParticipantValidation notInCpr(ParticipantId participant, ElectionId election, LocalDate day,
                                                 Instant checkedAt) {
        return new ParticipantValidation(participant, election, day, checkedAt, ValidationOutcome.NOT_IN_CPR, List.of());
    }

    /** The seat would fail: the task capability removes it and tells the person. */
    public boolean failing() {
        return outcome != ValidationOutcome.ELIGIBLE;
    }
}
