package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.participant.ParticipantId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * @param electionType one election type, or null for all of the municipality's
 * @param day          the day to judge for (age counts on that day); null = today (Danish time)
 */
public record AssessParticipantEligibilityQuery(ParticipantId participant, ElectionTypeId electionType, LocalDate day) {
    public AssessParticipantEligibilityQuery {
        Objects.requireNonNull(participant, "participant");
    }
}
