package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.shared.Consequences;

public interface PreviewParticipantDeletionUseCase {
    Consequences previewParticipantDeletion(ParticipantId id);
}
