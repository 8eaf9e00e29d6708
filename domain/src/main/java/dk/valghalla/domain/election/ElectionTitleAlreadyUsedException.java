package dk.valghalla.domain.election;

import dk.valghalla.domain.shared.RuleViolationException;

import java.time.LocalDate;

/** Two elections may share a title, but not on the same election day. */
public class ElectionTitleAlreadyUsedException extends RuleViolationException {
    public ElectionTitleAlreadyUsedException(String title, LocalDate electionDate) {
        super("election.title_taken", "Another election on " + electionDate + " is already called '" + title + "'");
    }
}
