package dk.valghalla.adapter.persistence.shared;

/**
 * The foreign keys by which seats ({@code task}) hold on to their election's work locations and to the task types
 * and teams of those work locations: removing one of these while seats depend on it fails on one of them.
 */
public final class TaskDependencies {
    private TaskDependencies() {
    }

    public static boolean violated(Throwable failure) {
        return ConstraintViolations.named(failure, "task_election_work_location_fk").isPresent()
                || ConstraintViolations.named(failure, "task_work_location_task_type_fk").isPresent()
                || ConstraintViolations.named(failure, "task_work_location_team_fk").isPresent();
    }
}
