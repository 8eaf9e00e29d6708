package dk.valghalla.application.election.port.in;

import dk.valghalla.domain.election.ElectionId;

public record DeleteElectionCommand(ElectionId id, boolean confirmed) {
}
