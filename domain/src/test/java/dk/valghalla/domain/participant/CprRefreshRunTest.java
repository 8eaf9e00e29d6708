package dk.valghalla.domain.participant;

import dk.valghalla.domain.election.ElectionId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CprRefreshRunTest {
    private static final Instant NIGHT = Instant.parse("2026-11-22T00:30:00Z");

    @Test
    void aPassCountsItsParticipantsAndRemembersTheLastOneDone() {
        CprRefreshRun run = CprRefreshRun.start(NIGHT);
        ParticipantId a = new ParticipantId(UUID.randomUUID());
        ParticipantId b = new ParticipantId(UUID.randomUUID());
        ParticipantId gone = new ParticipantId(UUID.randomUUID());
        ParticipantId c = new ParticipantId(UUID.randomUUID());
        assertThat(run.lastDone()).isEmpty();

        run.done(a, ValidationOutcome.ELIGIBLE, false);
        run.done(b, ValidationOutcome.INELIGIBLE, true);
        run.skip(gone);
        assertThat(run.lastDone()).contains(gone);
        run.done(c, ValidationOutcome.NOT_IN_CPR, false);

        assertThat(run.lastDone()).contains(c);
        assertThat(run.summary()).isEqualTo("3 participants: 1 eligible, 1 ineligible, 1 not in CPR; 1 with changed CPR data");
        run.finish(NIGHT.plusSeconds(60));
        assertThat(run.finishedAt()).contains(NIGHT.plusSeconds(60));
        assertThatThrownBy(() -> run.done(a, ValidationOutcome.ELIGIBLE, false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anIneligibleOutcomeNamesItsRulesAndOnlyIt() {
        ParticipantId p = new ParticipantId(UUID.randomUUID());
        ElectionId e = new ElectionId(UUID.randomUUID());
        LocalDate day = LocalDate.of(2026, 12, 1);
        ParticipantValidation dead = ParticipantValidation.judged(p, e, day, NIGHT,
                new Eligibility(List.of(Ineligibility.NOT_ALIVE)));
        assertThat(dead.outcome()).isEqualTo(ValidationOutcome.INELIGIBLE);
        assertThat(dead.failing()).isTrue();
        assertThat(ParticipantValidation.judged(p, e, day, NIGHT, new Eligibility(List.of())).failing()).isFalse();
        assertThat(ParticipantValidation.notInCpr(p, e, day, NIGHT).failing()).isTrue();
        assertThatThrownBy(() -> new ParticipantValidation(p, e, day, NIGHT, ValidationOutcome.INELIGIBLE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParticipantValidation(p, e, day, NIGHT, ValidationOutcome.NOT_IN_CPR,
                List.of(Ineligibility.NOT_ALIVE))).isInstanceOf(IllegalArgumentException.class);
    }
}
