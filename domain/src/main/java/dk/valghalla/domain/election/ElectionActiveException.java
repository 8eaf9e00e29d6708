package dk.valghalla.domain.election;

import dk.valghalla.domain.shared.RuleViolationException;

/** The election is active, and what was asked would pull the ground from under its participants. */
public class ElectionActiveException extends RuleViolationException {
    private ElectionActiveException(String code, String message) {
        super(code, message);
    }

    public static ElectionActiveException cannotDelete(ElectionId id) {
        return new ElectionActiveException("election.active", "Election " + id + " is active; deactivate it first");
    }

    /** @param what {@code type}, {@code period} or {@code work_locations_removed} */
    public static ElectionActiveException cannotChange(ElectionId id, String what) {
        return new ElectionActiveException("election.active_" + what,
                "Election " + id + " is active; its " + what.replace('_', ' ') + " cannot change");
    }
}
