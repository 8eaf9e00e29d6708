package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.domain.participant.ValidationStatus;
import dk.valghalla.domain.shared.InvalidValueException;

import java.util.Locale;

/** Query parameters that the participant list and its export share. */
final class ParticipantFilters {
    /** The problem code of an unknown {@code validation} value. */
    static final String VALIDATION_UNKNOWN = "participant.validation_unknown";

    private ParticipantFilters() {
    }

    /** {@code validation}: a {@link ValidationStatus} name, any case; blank = any. */
    static ValidationStatus validation(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ValidationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("validation", VALIDATION_UNKNOWN,
                    "validation is ELIGIBLE, INELIGIBLE, NOT_IN_CPR or NOT_CHECKED");
        }
    }
}
