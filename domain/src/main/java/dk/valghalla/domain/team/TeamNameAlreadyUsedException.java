package dk.valghalla.domain.team;

import dk.valghalla.domain.shared.RuleViolationException;

public class TeamNameAlreadyUsedException extends RuleViolationException {
    public TeamNameAlreadyUsedException(String name) {
        super("team.name_taken", "Another team is already called '" + name + "'");
    }
}
