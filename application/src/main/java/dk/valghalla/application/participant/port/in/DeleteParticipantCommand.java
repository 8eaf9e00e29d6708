package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.ParticipantId;

public record DeleteParticipantCommand(ParticipantId id, boolean confirmed) {
}
