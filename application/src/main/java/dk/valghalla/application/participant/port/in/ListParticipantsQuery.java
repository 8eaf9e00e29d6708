package dk.valghalla.application.participant.port.in;

import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;

import java.util.Objects;

/**
 * A search over the participants. {@code text} matches names, e-mail addresses, mobile numbers and the date part of
 * CPR numbers; a whole CPR number finds exactly its participant. The other criteria are optional (null = any).
 */
public record ListParticipantsQuery(String text, TeamId team, SpecialDietId specialDiet,
                                    DigitalPostRegistration digitalPost, Boolean addressProtected, PageRequest page) {
    public ListParticipantsQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        Objects.requireNonNull(page, "page");
    }
}
