package dk.valghalla.domain.team;

import dk.valghalla.domain.shared.RuleViolationException;

/** Deleting the team would leave participants without any team. */
public class TeamMembersWithoutOtherTeamException extends RuleViolationException {
    public TeamMembersWithoutOtherTeamException(TeamId id, long members) {
        super("team.members_without_other_team",
                "Team " + id + " is the only team of " + members + " participant(s); move them to another team first");
    }
}
