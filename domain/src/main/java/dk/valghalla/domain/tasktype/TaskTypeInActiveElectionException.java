package dk.valghalla.domain.tasktype;

import dk.valghalla.domain.shared.RuleViolationException;

public class TaskTypeInActiveElectionException extends RuleViolationException {
    public TaskTypeInActiveElectionException(TaskTypeId id, long activeElections) {
        super("task_type.in_active_election",
                "Task type " + id + " is done at a location of " + activeElections + " active election(s)");
    }
}
