package dk.valghalla.application.participant.port.in;

import dk.valghalla.application.shared.Page;

public interface ListParticipantsUseCase {
    /**
     * The matching participants in Danish alphabetical order of their names; with the query's election, each with
     * its validation status for that election.
     */
    Page<ListedParticipant> listParticipants(ListParticipantsQuery query);
}
