package dk.valghalla.application.electiontype.port.in;

import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.ElectionTypeId;

public interface ShowElectionTypeUseCase {
    ElectionType showElectionType(ElectionTypeId id);
}
