package dk.valghalla.domain.task;

import dk.valghalla.domain.shared.RuleViolationException;

/**
 * Seats of an election depend on what was to be removed: a work location (or its place in an election), a team or a
 * task type at a work location. The office counts the slots down to zero (or frees the seats) first.
 */
public class TasksDependOnItException extends RuleViolationException {
    private TasksDependOnItException(String code, String message) {
        super(code, message);
    }

    public static TasksDependOnItException workLocation(Object id) {
        return new TasksDependOnItException("work_location.has_tasks", "Seats depend on work location " + id);
    }

    public static TasksDependOnItException team(Object id) {
        return new TasksDependOnItException("team.has_tasks", "Seats depend on team " + id);
    }

    public static TasksDependOnItException taskType(Object id) {
        return new TasksDependOnItException("task_type.has_tasks", "Seats depend on task type " + id);
    }

    public static TasksDependOnItException electionWorkLocations(Object id) {
        return new TasksDependOnItException("election.work_location_has_tasks",
                "Seats of election " + id + " depend on a work location that was to leave it");
    }
}
