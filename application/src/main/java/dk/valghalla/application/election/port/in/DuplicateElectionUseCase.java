package dk.valghalla.application.election.port.in;

import dk.valghalla.domain.election.Election;

public interface DuplicateElectionUseCase {
    /** A new, inactive election with the source's structure; people are never copied. */
    Election duplicateElection(DuplicateElectionCommand command);
}
