package dk.valghalla.application.participant.port.out;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.participant.ValidationStatus;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;

/**
 * Which participants a list shows; every criterion is optional (null = any).
 *
 * @param text             contained (any case) in the name, e-mail, mobile number or masked CPR number
 * @param cprLookupKey     exactly the participant with this CPR number (when a whole CPR number was searched for)
 * @param team             member of this team
 * @param specialDiet      has stated this special diet
 * @param digitalPost      Digital Post registration as the CPR register said
 * @param addressProtected has (or has not) name and address protection
 * @param election         the election that {@code validation} is judged for; required with it
 * @param validation       the CPR refresh's latest outcome for {@code election} is this ({@code NOT_CHECKED}: none kept)
 */
public record ParticipantSearch(String text, String cprLookupKey, TeamId team, SpecialDietId specialDiet,
                                DigitalPostRegistration digitalPost, Boolean addressProtected, ElectionId election,
                                ValidationStatus validation) {
    public static final ParticipantSearch ALL = new ParticipantSearch(null, null, null, null, null, null, null, null);

    public ParticipantSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        if (validation != null && election == null) {
            throw new IllegalArgumentException("A validation status is judged for an election");
        }
    }
}
