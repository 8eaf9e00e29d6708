package dk.valghalla.domain.participant;

import dk.valghalla.domain.election.ElectionId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationStatusTest {
    private static final ParticipantId PARTICIPANT = ParticipantId.newId();
    private static final ElectionId ELECTION = ElectionId.newId();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 17);
    private static final Instant NIGHT = Instant.parse("2026-11-22T00:30:00Z");

    @Test
    void theStatusIsTheKeptOutcomeOrNotCheckedWhenNothingIsKept() {
        assertThat(ValidationStatus.of(Optional.empty())).isEqualTo(ValidationStatus.NOT_CHECKED);
        assertThat(ValidationStatus.of(Optional.of(ParticipantValidation.notInCpr(PARTICIPANT, ELECTION, DAY, NIGHT))))
                .isEqualTo(ValidationStatus.NOT_IN_CPR);
        assertThat(ValidationStatus.of(Optional.of(new ParticipantValidation(PARTICIPANT, ELECTION, DAY, NIGHT,
                ValidationOutcome.INELIGIBLE, List.of(Ineligibility.UNDER_18_ON_TASK_DATE)))))
                .isEqualTo(ValidationStatus.INELIGIBLE);
    }

    @Test
    void everyOutcomeHasItsStatusAndNotCheckedHasNoOutcome() {
        for (ValidationOutcome outcome : ValidationOutcome.values()) {
            assertThat(ValidationStatus.valueOf(outcome.name()).outcome()).contains(outcome);
        }
        assertThat(ValidationStatus.NOT_CHECKED.outcome()).isEmpty();
    }
}
