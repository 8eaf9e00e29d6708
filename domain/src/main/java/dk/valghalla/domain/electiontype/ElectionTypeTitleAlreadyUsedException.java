package dk.valghalla.domain.electiontype;

import dk.valghalla.domain.shared.RuleViolationException;

public class ElectionTypeTitleAlreadyUsedException extends RuleViolationException {
    public ElectionTypeTitleAlreadyUsedException(String title) {
        super("election_type.title_taken", "Another election type is already called '" + title + "'");
    }
}
