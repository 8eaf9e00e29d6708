package dk.valghalla.domain.election;

import dk.valghalla.domain.shared.RuleViolationException;

import java.time.LocalDate;

/** An election whose period has ended cannot be activated. */
public class ElectionPeriodEndedException extends RuleViolationException {
    public ElectionPeriodEndedException(ElectionId id, LocalDate periodEnd) {
        super("election.period_ended", "The period of election " + id + " ended on " + periodEnd);
    }
}
