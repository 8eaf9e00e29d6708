package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.Participant;

public interface AssignParticipantResponsibilitiesUseCase {
    /** Grants and revokes team and work-location responsibility; each grant and revocation is audited. */
    Participant assignParticipantResponsibilities(AssignParticipantResponsibilitiesCommand command);
}
