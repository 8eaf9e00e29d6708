package dk.valghalla.application.participant.port.out;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.team.TeamId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The seats (tasks) people hold, as far as the participant use cases need to know them. */
public interface ParticipantSeats {
    /** The seats these people hold (awaiting their answer or accepted), in every election. */
    List<HeldSeat> heldBy(Collection<ParticipantId> participants);

    /** Frees every seat these people hold, before they are deleted; returns how many were freed. */
    int freeAllHeldBy(Collection<ParticipantId> participants);

    /**
     * A seat someone holds: in which election, of which team, on which day, whether the person said yes, and whether
     * its task type waives the eligibility rules (only "alive" counts then).
     */
    record HeldSeat(ParticipantId participant, ElectionId election, TeamId team, LocalDate date, boolean accepted,
                    boolean validationWaived) {
    }
}
