package dk.valghalla.domain.task;

import dk.valghalla.domain.participant.Ineligibility;
import dk.valghalla.domain.shared.RuleViolationException;

import java.util.List;

/** The person fails eligibility rules for the seat (judged on its task date); every failed rule is named. */
public class ParticipantIneligibleException extends RuleViolationException {
    private final List<Ineligibility> failures;

    public ParticipantIneligibleException(List<Ineligibility> failures) {
        super("task.participant_ineligible", "The person fails " + failures);
        this.failures = List.copyOf(failures);
    }

    public List<Ineligibility> failures() {
        return failures;
    }
}
