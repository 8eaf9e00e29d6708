package dk.valghalla.domain.electiontype;

import dk.valghalla.domain.shared.RuleViolationException;

public class ElectionTypeInUseException extends RuleViolationException {
    public ElectionTypeInUseException(ElectionTypeId id, long elections) {
        super("election_type.in_use", "Election type " + id + " is used by " + elections + " election(s)");
    }
}
