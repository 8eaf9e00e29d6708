package dk.valghalla.application.election.port.in;

import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionId;

public interface ShowElectionUseCase {
    Election showElection(ElectionId id);
}
