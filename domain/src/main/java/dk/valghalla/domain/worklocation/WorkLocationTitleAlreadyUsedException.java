package dk.valghalla.domain.worklocation;

import dk.valghalla.domain.shared.RuleViolationException;

public class WorkLocationTitleAlreadyUsedException extends RuleViolationException {
    public WorkLocationTitleAlreadyUsedException(String title) {
        super("work_location.title_taken", "Another work location is already called '" + title + "'");
    }
}
