package dk.valghalla.application.election.port.out;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.election.EndedElection;

import java.time.LocalDate;
import java.util.List;

/** The current tenant's active elections that are over. */
public interface EndedElections {
    /** Active elections whose period end lies before {@code today}, locked until the transaction ends. */
    List<EndedElection> lockActiveEndedBefore(LocalDate today);

    void deactivate(ElectionId id);
}
