package dk.valghalla.domain.worklocation;

import dk.valghalla.domain.shared.RuleViolationException;

/** The work location takes part in an active election, so it cannot be deleted and its teams cannot change. */
public class WorkLocationInActiveElectionException extends RuleViolationException {
    public WorkLocationInActiveElectionException(WorkLocationId id, long activeElections) {
        super("work_location.in_active_election",
                "Work location " + id + " takes part in " + activeElections + " active election(s)");
    }
}
