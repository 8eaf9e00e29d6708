package dk.valghalla.domain.worklocation;

import dk.valghalla.domain.shared.InvalidValueException;

/** A reference to an area, team, task type, work location or election type that does not exist (in the caller's municipality). */
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

    public static UnknownReferenceException taskTypes(Object taskTypeIds) {
        return new UnknownReferenceException("taskTypeIds", "task_type.unknown", "No task type(s) " + taskTypeIds);
    }

    public static UnknownReferenceException workLocations(Object workLocationIds) {
        return new UnknownReferenceException("workLocationIds", "work_location.unknown",
                "No work location(s) " + workLocationIds);
    }

    public static UnknownReferenceException electionType(Object electionTypeId) {
        return new UnknownReferenceException("electionTypeId", "election_type.unknown",
                "No election type " + electionTypeId);
    }
}
