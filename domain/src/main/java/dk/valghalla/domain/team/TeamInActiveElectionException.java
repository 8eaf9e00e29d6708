package dk.valghalla.domain.team;

import dk.valghalla.domain.shared.RuleViolationException;

public class TeamInActiveElectionException extends RuleViolationException {
    public TeamInActiveElectionException(TeamId id, long activeElections) {
        super("team.in_active_election", "Team " + id + " works at a location of " + activeElections + " active election(s)");
    }
}
