package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.ValidationStatus;

import java.util.Objects;
import java.util.Optional;

/**
 * A participant in the list, with its validation for the election the list was asked about.
 *
 * @param validationStatus null when the list was asked about no election
 * @param validation       the outcome kept by the CPR refresh for that election (with the failed rules and when it
 *                         was checked); null when there is none ({@code NOT_CHECKED}) or no election was asked about
 */
public record ListedParticipant(Participant participant, ValidationStatus validationStatus,
                                ParticipantValidation validation) {
    public ListedParticipant {
        Objects.requireNonNull(participant, "participant");
        if (validationStatus == null ? validation != null
                : validationStatus != ValidationStatus.of(Optional.ofNullable(validation))) {
            throw new IllegalArgumentException("The status is the kept outcome's");
        }
    }

    /** A participant listed without an election. */
    public static ListedParticipant of(Participant participant) {
        return new ListedParticipant(participant, null, null);
    }

    /** A participant listed for an election, with the outcome kept for it (if any). */
    public static ListedParticipant of(Participant participant, Optional<ParticipantValidation> validation) {
        return new ListedParticipant(participant, ValidationStatus.of(validation), validation.orElse(null));
    }
}
