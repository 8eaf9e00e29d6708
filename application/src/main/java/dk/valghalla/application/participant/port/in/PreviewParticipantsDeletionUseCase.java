package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.shared.Consequences;

import java.util.Set;

public interface PreviewParticipantsDeletionUseCase {
    /** What deleting all these participants at once would do. */
    Consequences previewParticipantsDeletion(Set<ParticipantId> ids);
}
