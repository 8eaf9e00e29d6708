package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.util.Objects;
import java.util.Set;

/** The complete set of the participant's rights: the teams and work locations it is responsible for. */
public record AssignParticipantResponsibilitiesCommand(ParticipantId participant, Set<TeamId> teams,
                                                       Set<WorkLocationId> workLocations) {
    public AssignParticipantResponsibilitiesCommand {
        Objects.requireNonNull(participant, "participant");
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        workLocations = workLocations == null ? Set.of() : Set.copyOf(workLocations);
    }
}
