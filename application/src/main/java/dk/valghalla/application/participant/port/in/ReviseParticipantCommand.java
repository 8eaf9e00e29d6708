package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;

import java.util.Objects;
import java.util.Set;

/** The details the election office keeps about a participant, as edited from {@code expectedVersion}. */
public record ReviseParticipantCommand(ParticipantId id, String mobile, String email, Set<SpecialDietId> specialDiets,
                                       Set<TeamId> teams, long expectedVersion) {
    public ReviseParticipantCommand {
        Objects.requireNonNull(id, "id");
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        specialDiets = specialDiets == null ? Set.of() : Set.copyOf(specialDiets);
    }
}
