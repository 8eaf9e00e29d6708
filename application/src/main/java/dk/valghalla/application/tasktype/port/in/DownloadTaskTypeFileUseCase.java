package dk.valghalla.application.tasktype.port.in;

import dk.valghalla.domain.file.FileContent;
import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.tasktype.TaskTypeId;

/** A file is only ever reached through the task type it belongs to (no file id alone opens a file). */
public interface DownloadTaskTypeFileUseCase {
    FileContent downloadTaskTypeFile(TaskTypeId taskTypeId, FileId fileId);
}
