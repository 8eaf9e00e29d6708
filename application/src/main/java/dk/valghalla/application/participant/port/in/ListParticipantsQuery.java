package dk.valghalla.application.participant.port.in;

import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.participant.ValidationStatus;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;

import java.util.Objects;

/**
 * A search over the participants. {@code text} matches names, e-mail addresses, mobile numbers and the date part of
 * CPR numbers; a whole CPR number finds exactly its participant. The other criteria are optional (null = any).
 * {@code election} asks for each participant's validation status for that election (the CPR refresh's latest
 * outcome); {@code validation} keeps only the participants with that status and needs the election
 * ({@link ValidationFilters#requireElection}).
 */
public record ListParticipantsQuery(String text, TeamId team, SpecialDietId specialDiet,
                                    DigitalPostRegistration digitalPost, Boolean addressProtected,
                                    ElectionId election, ValidationStatus validation, PageRequest page) {
    public ListParticipantsQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        ValidationFilters.requireElection(validation, election);
        Objects.requireNonNull(page, "page");
    }
}
