package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The CPR register's answer for a CPR number, for the election office to decide whether to create a participant.
 *
 * @param person      the person as the register knows them
 * @param fetchedAt   when the register answered
 * @param day         the day the eligibility was judged for
 * @param participant the participant who already has this CPR number, if any
 * @param eligibility per election type of the municipality
 */
public record PersonLookup(Person person, Instant fetchedAt, LocalDate day, Optional<ParticipantId> participant,
                           List<ElectionTypeEligibility> eligibility) {
    public PersonLookup {
        eligibility = List.copyOf(eligibility);
    }
}
