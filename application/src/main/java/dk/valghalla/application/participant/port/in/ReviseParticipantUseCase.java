package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.Participant;

public interface ReviseParticipantUseCase {
    Participant reviseParticipant(ReviseParticipantCommand command);
}
