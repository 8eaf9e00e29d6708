package dk.valghalla.application.electiontype.port.in;

import dk.valghalla.domain.electiontype.ElectionTypeId;

public record DeleteElectionTypeCommand(ElectionTypeId id, boolean confirmed) {
}
