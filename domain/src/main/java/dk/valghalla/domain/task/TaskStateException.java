package dk.valghalla.domain.task;

import dk.valghalla.domain.shared.RuleViolationException;

/** What was asked of a seat does not fit where the seat stands. */
public class TaskStateException extends RuleViolationException {
    private TaskStateException(String code, String message) {
        super(code, message);
    }

    static TaskStateException notFree(TaskId id) {
        return new TaskStateException("task.not_free", "Task " + id + " is held by someone");
    }

    static TaskStateException notAwaitingReply(TaskId id) {
        return new TaskStateException("task.not_awaiting_reply", "Task " + id + " awaits no answer");
    }

    static TaskStateException free(TaskId id) {
        return new TaskStateException("task.free", "Nobody holds task " + id);
    }
}
