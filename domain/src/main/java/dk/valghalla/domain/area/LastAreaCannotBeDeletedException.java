package dk.valghalla.domain.area;

import dk.valghalla.domain.shared.RuleViolationException;

public class LastAreaCannotBeDeletedException extends RuleViolationException {
    public LastAreaCannotBeDeletedException(AreaId id) {
        super("area.last_area", "Area " + id + " is the municipality's last area");
    }
}
