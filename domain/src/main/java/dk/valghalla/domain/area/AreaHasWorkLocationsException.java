package dk.valghalla.domain.area;

import dk.valghalla.domain.shared.RuleViolationException;

public class AreaHasWorkLocationsException extends RuleViolationException {
    public AreaHasWorkLocationsException(AreaId id, long workLocations) {
        super("area.has_work_locations", "Area " + id + " still holds " + workLocations + " work location(s)");
    }
}
