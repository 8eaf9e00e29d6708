package dk.valghalla.application.participant.port.out;

import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.team.TeamId;

import java.util.Collection;
import java.util.List;

/** The seats (tasks) people hold, as far as the participant use cases need to know them. */
public interface ParticipantSeats {
    /** The seats these people hold (awaiting their answer or accepted), in every election. */
    List<HeldSeat> heldBy(Collection<ParticipantId> participants);

    /** Frees every seat these people hold, before they are deleted; returns how many were freed. */
    int freeAllHeldBy(Collection<ParticipantId> participants);

    /** A seat someone holds: of which team, and whether the person said yes. */
    record HeldSeat(ParticipantId participant, TeamId team, boolean accepted) {
    }
}
