package dk.valghalla.domain.task;

import dk.valghalla.domain.shared.NotFoundException;

public class TaskNotFoundException extends NotFoundException {
    public TaskNotFoundException(TaskId id) {
        super("task.not_found", "Task " + id + " not found");
    }
}
