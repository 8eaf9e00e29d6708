package dk.valghalla.application.team.port.in;

import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamId;

public interface ShowTeamUseCase {
    Team showTeam(TeamId id);
}
