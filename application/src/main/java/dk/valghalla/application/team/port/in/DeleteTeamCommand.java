package dk.valghalla.application.team.port.in;

import dk.valghalla.domain.team.TeamId;

public record DeleteTeamCommand(TeamId id, boolean confirmed) {
}
