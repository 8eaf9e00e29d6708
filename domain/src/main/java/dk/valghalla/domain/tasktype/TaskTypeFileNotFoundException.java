package dk.valghalla.domain.tasktype;

import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.shared.NotFoundException;

public class TaskTypeFileNotFoundException extends NotFoundException {
    public TaskTypeFileNotFoundException(TaskTypeId taskType, FileId file) {
        super("task_type.file_not_found", "Task type " + taskType + " has no file " + file);
    }
}
