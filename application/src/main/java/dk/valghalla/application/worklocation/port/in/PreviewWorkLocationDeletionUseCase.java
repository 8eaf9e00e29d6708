package dk.valghalla.application.worklocation.port.in;

import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.worklocation.WorkLocationId;

public interface PreviewWorkLocationDeletionUseCase {
    Consequences previewWorkLocationDeletion(WorkLocationId id);
}
