package dk.valghalla.application.specialdiet.port.in;

import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.specialdiet.SpecialDietId;

public interface PreviewSpecialDietDeletionUseCase {
    Consequences previewSpecialDietDeletion(SpecialDietId id);
}
