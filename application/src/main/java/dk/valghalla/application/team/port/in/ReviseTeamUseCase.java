package dk.valghalla.application.team.port.in;

import dk.valghalla.domain.team.Team;

public interface ReviseTeamUseCase {
    Team reviseTeam(ReviseTeamCommand command);
}
