package dk.valghalla.domain.tasktype;

import dk.valghalla.domain.shared.NotFoundException;

public class TaskTypeNotFoundException extends NotFoundException {
    public TaskTypeNotFoundException(TaskTypeId id) {
        super("task_type.not_found", "No task type " + id);
    }
}
