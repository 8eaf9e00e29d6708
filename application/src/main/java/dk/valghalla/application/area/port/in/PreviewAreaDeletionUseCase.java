package dk.valghalla.application.area.port.in;

import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.shared.Consequences;

public interface PreviewAreaDeletionUseCase {
    /** What deleting the area would do; nothing is changed. */
    Consequences previewAreaDeletion(AreaId id);
}
