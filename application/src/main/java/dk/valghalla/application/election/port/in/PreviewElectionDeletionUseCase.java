package dk.valghalla.application.election.port.in;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.shared.Consequences;

public interface PreviewElectionDeletionUseCase {
    Consequences previewElectionDeletion(ElectionId id);
}
