package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantId;

public interface ShowParticipantUseCase {
    Participant showParticipant(ParticipantId id);
}
