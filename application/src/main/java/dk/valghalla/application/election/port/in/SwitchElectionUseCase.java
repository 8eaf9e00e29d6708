package dk.valghalla.application.election.port.in;

import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionId;

/** Opening an election to participants and closing it again by hand. Both are idempotent. */
public interface SwitchElectionUseCase {
    Election activateElection(ElectionId id);

    Election deactivateElection(ElectionId id);
}
