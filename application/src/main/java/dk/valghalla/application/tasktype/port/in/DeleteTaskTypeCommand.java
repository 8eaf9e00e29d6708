package dk.valghalla.application.tasktype.port.in;

import dk.valghalla.domain.tasktype.TaskTypeId;

public record DeleteTaskTypeCommand(TaskTypeId id, boolean confirmed) {
}
