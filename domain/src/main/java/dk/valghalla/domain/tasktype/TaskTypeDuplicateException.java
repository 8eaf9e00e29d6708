package dk.valghalla.domain.tasktype;

import dk.valghalla.domain.shared.RuleViolationException;

/** Another task type has the same title, short name, start and end time. */
public class TaskTypeDuplicateException extends RuleViolationException {
    public TaskTypeDuplicateException(TaskTypeDetails d) {
        super("task_type.duplicate", "Another task type is already called '" + d.title() + "' (" + d.shortName()
                + ") from " + d.startTime() + " to " + d.endTime());
    }
}
