package dk.valghalla.application.participant.port.in;

import dk.valghalla.application.shared.Page;
import dk.valghalla.domain.participant.Participant;

public interface ListParticipantsUseCase {
    /** The matching participants in Danish alphabetical order of their names. */
    Page<Participant> listParticipants(ListParticipantsQuery query);
}
