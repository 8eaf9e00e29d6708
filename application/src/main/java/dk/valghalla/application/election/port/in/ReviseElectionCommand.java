package dk.valghalla.application.election.port.in;

import dk.valghalla.domain.election.ElectionId;

public record ReviseElectionCommand(ElectionId id, ElectionFields fields, long expectedVersion) {
}
