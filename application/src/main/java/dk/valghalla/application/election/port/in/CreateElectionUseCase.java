package dk.valghalla.application.election.port.in;

import dk.valghalla.domain.election.Election;

public interface CreateElectionUseCase {
    /** A new, inactive election. */
    Election createElection(ElectionFields fields);
}
