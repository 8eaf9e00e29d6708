package dk.valghalla.application.tasktype.port.in;

import dk.valghalla.domain.tasktype.TaskType;
import dk.valghalla.domain.tasktype.TaskTypeId;

public interface ShowTaskTypeUseCase {
    TaskType showTaskType(TaskTypeId id);
}
