package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.NotFoundException;

public class ParticipantNotFoundException extends NotFoundException {
    public ParticipantNotFoundException(ParticipantId id) {
        super("participant.not_found", "No participant " + id);
    }
}
