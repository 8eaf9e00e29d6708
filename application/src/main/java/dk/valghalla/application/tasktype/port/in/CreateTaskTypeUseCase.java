package dk.valghalla.application.tasktype.port.in;

import dk.valghalla.domain.tasktype.TaskType;

public interface CreateTaskTypeUseCase {
    TaskType createTaskType(CreateTaskTypeCommand command);
}
