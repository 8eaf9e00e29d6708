package dk.valghalla.application.election.port.in;

import dk.valghalla.domain.election.Election;

public interface ReviseElectionUseCase {
    Election reviseElection(ReviseElectionCommand command);
}
