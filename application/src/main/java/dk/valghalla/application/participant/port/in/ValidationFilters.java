package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.ValidationStatus;
import dk.valghalla.domain.shared.InvalidValueException;

/** The rule that the participant list and export share for their validation-status filter. */
public final class ValidationFilters {
    /** The problem code of a validation filter without the election it is judged for. */
    public static final String ELECTION_REQUIRED = "participant.validation_election_required";

    private ValidationFilters() {
    }

    /** A validation status is always judged for one election: the filter without one is refused. */
    static void requireElection(ValidationStatus validation, ElectionId election) {
        if (validation != null && election == null) {
            throw new InvalidValueException("electionId", ELECTION_REQUIRED,
                    "validation is judged for one election: give electionId too");
        }
    }
}
