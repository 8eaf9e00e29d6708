package dk.valghalla.application.tasktype.port.in;

import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.tasktype.TaskTypeId;

public record RemoveTaskTypeFileCommand(TaskTypeId taskTypeId, FileId fileId) {
}
