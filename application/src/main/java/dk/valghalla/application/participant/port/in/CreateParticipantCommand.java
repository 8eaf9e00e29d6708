package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;

import java.util.Objects;
import java.util.Set;

/** A new participant for a CPR number; mobile number and e-mail as typed (blank = none). */
public record CreateParticipantCommand(CprNumber cpr, Set<TeamId> teams, String mobile, String email,
                                       Set<SpecialDietId> specialDiets) {
    public CreateParticipantCommand {
        Objects.requireNonNull(cpr, "cpr");
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        specialDiets = specialDiets == null ? Set.of() : Set.copyOf(specialDiets);
    }
}
