package dk.valghalla.domain.task;

import dk.valghalla.domain.shared.RuleViolationException;

/** The person already holds a seat that day whose hours overlap. */
public class TaskTimeConflictException extends RuleViolationException {
    public TaskTimeConflictException(TaskId wanted, TaskId held) {
        super("task.time_conflict", "Task " + wanted + " overlaps task " + held + " that the person holds");
    }
}
