package dk.valghalla.application.tasktype.port.in;

import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.tasktype.TaskTypeId;

public interface PreviewTaskTypeDeletionUseCase {
    Consequences previewTaskTypeDeletion(TaskTypeId id);
}
