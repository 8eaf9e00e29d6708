package dk.valghalla.domain.tasktype;

/**
 * What the storage knows about a task type that decides whether it may be deleted.
 *
 * @param activeElections how many active elections contain a work location at which the task type is done
 * @param workLocations   at how many work locations the task type is done (it is removed from them: a warning)
 * @param seats           how many seats (tasks) of any election are of the task type (a blocker)
 */
public record TaskTypeDeletionFacts(long activeElections, long workLocations, long seats) {
    public static final TaskTypeDeletionFacts UNUSED = new TaskTypeDeletionFacts(0, 0, 0);

    /** A task type without seats. */
    public TaskTypeDeletionFacts(long activeElections, long workLocations) {
        this(activeElections, workLocations, 0);
    }
}
