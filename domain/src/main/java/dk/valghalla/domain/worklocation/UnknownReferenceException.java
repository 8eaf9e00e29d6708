package dk.valghalla.domain.worklocation;

import dk.valghalla.domain.shared.InvalidValueException;

/** The work location names an area or a team that does not exist (in the caller's municipality). */
public class UnknownReferenceException extends InvalidValueException {
    private UnknownReferenceException(String field, String code, String message) {
        super(field, code, message);
    }

    public static UnknownReferenceException area(Object areaId) {
        return new UnknownReferenceException("areaId", "area.unknown", "No area " + areaId);
    }

    public static UnknownReferenceException teams(Object teamIds) {
        return new UnknownReferenceException("teamIds", "team.unknown", "No team(s) " + teamIds);
    }
}
