package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.shared.CprNumber;

public interface RevealParticipantCprUseCase {
    /** The participant's whole CPR number; every call is written to the audit log. */
    CprNumber revealParticipantCpr(ParticipantId id);
}
