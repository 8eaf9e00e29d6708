package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.Participant;

public interface CreateParticipantUseCase {
    /**
     * Looks the CPR number up in the register and creates the participant from the answer. When the register cannot
     * answer, nothing is stored.
     */
    Participant createParticipant(CreateParticipantCommand command);
}
