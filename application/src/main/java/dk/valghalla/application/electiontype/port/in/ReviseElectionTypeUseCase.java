package dk.valghalla.application.electiontype.port.in;

import dk.valghalla.domain.electiontype.ElectionType;

public interface ReviseElectionTypeUseCase {
    ElectionType reviseElectionType(ReviseElectionTypeCommand command);
}
