package dk.valghalla.application.team.port.in;

import dk.valghalla.domain.team.TeamId;

public record ReviseTeamCommand(TeamId id, String name, String shortName, String description, long expectedVersion) {
}
