package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.InvalidValueException;

/** A participant names a team, special diet or work location that does not exist (in the caller's municipality). */
public class ParticipantReferenceException extends InvalidValueException {
    private ParticipantReferenceException(String field, String code, String message) {
        super(field, code, message);
    }

    public static ParticipantReferenceException teams(Object ids) {
        return new ParticipantReferenceException("teamIds", "team.unknown", "No team(s) " + ids);
    }

    public static ParticipantReferenceException specialDiets(Object ids) {
        return new ParticipantReferenceException("specialDietIds", "special_diet.unknown", "No special diet(s) " + ids);
    }

    public static ParticipantReferenceException workLocations(Object ids) {
        return new ParticipantReferenceException("workLocationIds", "work_location.unknown", "No work location(s) " + ids);
    }
}
