package dk.valghalla.domain.participant;

import java.util.Optional;

/**
 * Where a participant stands for one election after the CPR refresh: the {@link ValidationOutcome} kept for it, or
 * {@link #NOT_CHECKED} when the refresh has recorded nothing for the participant and that election (yet).
 */
public enum ValidationStatus {
    ELIGIBLE,
    INELIGIBLE,
    NOT_IN_CPR,
    /** No outcome kept: the participant has not been re-checked for the election. */
    NOT_CHECKED;

    /** The status that the kept outcome (if any) gives. */
    public static ValidationStatus of(Optional<ParticipantValidation> validation) {
        return validation.map(v -> valueOf(v.outcome().name())).orElse(NOT_CHECKED);
    }

    /** The outcome kept for this status; empty for {@link #NOT_CHECKED}. */
    public Optional<ValidationOutcome> outcome() {
        return this == NOT_CHECKED ? Optional.empty() : Optional.of(ValidationOutcome.valueOf(name()));
    }
}
