package dk.valghalla.domain.team;

import dk.valghalla.domain.shared.NotFoundException;

public class TeamNotFoundException extends NotFoundException {
    public TeamNotFoundException(TeamId id) {
        super("team.not_found", "No team " + id);
    }
}
