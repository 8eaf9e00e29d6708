package dk.valghalla.application.tasktype.port.in;

import dk.valghalla.domain.tasktype.TaskTypeId;

/** An uploaded file: the name the browser sent (not trusted) and the bytes (checked to be a PDF). */
public record AttachTaskTypeFileCommand(TaskTypeId taskTypeId, String fileName, byte[] content) {
}
