package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.RuleViolationException;

/** A municipality has one participant per CPR number. */
public class ParticipantAlreadyExistsException extends RuleViolationException {
    public ParticipantAlreadyExistsException(String maskedCpr) {
        super("participant.already_exists", "There is already a participant with CPR number " + maskedCpr);
    }
}
