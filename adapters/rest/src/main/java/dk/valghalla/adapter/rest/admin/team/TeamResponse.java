package dk.valghalla.adapter.rest.admin.team;

import dk.valghalla.domain.team.Team;

import java.util.UUID;

public record TeamResponse(UUID id, String name, String shortName, String description, long version) {
    static TeamResponse from(Team team) {
        return new TeamResponse(team.id().value(), team.name(), team.shortName(), team.description(), team.version());
    }
}
