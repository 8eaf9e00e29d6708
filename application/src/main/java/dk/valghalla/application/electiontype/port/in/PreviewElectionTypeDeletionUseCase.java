package dk.valghalla.application.electiontype.port.in;

import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.shared.Consequences;

public interface PreviewElectionTypeDeletionUseCase {
    Consequences previewElectionTypeDeletion(ElectionTypeId id);
}
