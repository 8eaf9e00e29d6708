package dk.valghalla.domain.area;

import dk.valghalla.domain.shared.RuleViolationException;

public class AreaNameAlreadyUsedException extends RuleViolationException {
    public AreaNameAlreadyUsedException(String name) {
        super("area.name_taken", "Another area is already called '" + name + "'");
    }
}
