package dk.valghalla.domain.shared;

/**
 * Seats (tasks) of an election depend on what was to be removed: a work location (or its place in an election), a
 * team or a task type at a work location. The office counts those slots down to zero (or frees the seats) first.
 */
public class HasSeatsException extends RuleViolationException {
    private HasSeatsException(String code, String message) {
        super(code, message);
    }

    public static HasSeatsException workLocation(Object id, long seats) {
        return new HasSeatsException("work_location.has_tasks", "Work location " + id + " has " + seats + " seat(s)");
    }

    public static HasSeatsException team(Object id, long seats) {
        return new HasSeatsException("team.has_tasks", "Team " + id + " has " + seats + " seat(s)");
    }

    public static HasSeatsException taskType(Object id, long seats) {
        return new HasSeatsException("task_type.has_tasks", "Task type " + id + " has " + seats + " seat(s)");
    }

    /** Found by the database (a seat's foreign key), not counted beforehand. */
    public static HasSeatsException workLocation(Object id) {
        return new HasSeatsException("work_location.has_tasks", "Seats depend on work location " + id);
    }

    public static HasSeatsException team(Object id) {
        return new HasSeatsException("team.has_tasks", "Seats depend on team " + id);
    }

    public static HasSeatsException taskType(Object id) {
        return new HasSeatsException("task_type.has_tasks", "Seats depend on task type " + id);
    }

    public static HasSeatsException electionWorkLocations(Object id) {
        return new HasSeatsException("election.work_location_has_tasks",
                "Seats of election " + id + " depend on a work location that was to leave it");
    }
}
