package dk.valghalla.domain.specialdiet;

import dk.valghalla.domain.shared.RuleViolationException;

public class SpecialDietTitleAlreadyUsedException extends RuleViolationException {
    public SpecialDietTitleAlreadyUsedException(String title) {
        super("special_diet.title_taken", "Another special diet is already called '" + title + "'");
    }
}
