package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.RuleViolationException;
import dk.valghalla.domain.team.TeamId;

/** The participant cannot leave a team in which it holds an accepted task; free the seat first. */
public class ParticipantTeamHasAcceptedTaskException extends RuleViolationException {
    public ParticipantTeamHasAcceptedTaskException(ParticipantId participant, TeamId team) {
        super("participant.team_has_accepted_task",
                "Participant " + participant + " holds an accepted task of team " + team);
    }
}
