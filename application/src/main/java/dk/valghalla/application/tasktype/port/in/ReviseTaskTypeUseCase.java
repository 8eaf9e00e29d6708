package dk.valghalla.application.tasktype.port.in;

import dk.valghalla.domain.tasktype.TaskType;

public interface ReviseTaskTypeUseCase {
    TaskType reviseTaskType(ReviseTaskTypeCommand command);
}
