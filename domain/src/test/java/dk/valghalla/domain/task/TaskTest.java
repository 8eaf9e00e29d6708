package dk.valghalla.domain.task;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocationId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTest {
    static final TaskSlot SLOT = new TaskSlot(ElectionId.newId(), WorkLocationId.newId(), TaskTypeId.newId(),
            TeamId.newId(), LocalDate.of(2027, 3, 2));
    private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
    private final ParticipantId anne = ParticipantId.newId();

    @Test
    void aNewSeatIsFreeAndHeldByNobody() {
        Task seat = Task.free(SLOT);
        assertThat(seat.status()).isEqualTo(TaskStatus.FREE);
        assertThat(seat.participant()).isEmpty();
        assertThat(seat.taken()).isFalse();
    }

    @Test
    void aPersonPlacedOnASeatOwesAnAnswerUntilTheOfficeRecordsTheirYes() {
        Task seat = Task.free(SLOT);
        seat.assign(anne, NOW);
        assertThat(seat.status()).isEqualTo(TaskStatus.AWAITING_REPLY);
        assertThat(seat.participant()).contains(anne);
        assertThat(seat.assignedAt()).contains(NOW);

        seat.accept(NOW.plusSeconds(60));
        assertThat(seat.status()).isEqualTo(TaskStatus.ACCEPTED);
        assertThat(seat.acceptedAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void aHeldSeatCannotBeGivenToSomeoneElse() {
        Task seat = Task.free(SLOT);
        seat.assign(anne, NOW);
        assertThatThrownBy(() -> seat.assign(ParticipantId.newId(), NOW)).isInstanceOf(TaskStateException.class)
                .extracting("code").isEqualTo("task.not_free");
        assertThat(seat.participant()).contains(anne);
    }

    @Test
    void onlyASeatAwaitingTheAnswerCanBeAccepted() {
        Task free = Task.free(SLOT);
        assertThatThrownBy(() -> free.accept(NOW)).extracting("code").isEqualTo("task.not_awaiting_reply");
        Task accepted = Task.free(SLOT);
        accepted.assign(anne, NOW);
        accepted.accept(NOW);
        assertThatThrownBy(() -> accepted.accept(NOW)).extracting("code").isEqualTo("task.not_awaiting_reply");
    }

    @Test
    void releasingFreesTheSeatAndTellsWhoHadItAndHowFarTheyHadCome() {
        Task seat = Task.free(SLOT);
        seat.assign(anne, NOW);
        seat.accept(NOW);

        Task.Release release = seat.release();

        assertThat(release).isEqualTo(new Task.Release(anne, TaskStatus.ACCEPTED));
        assertThat(seat.status()).isEqualTo(TaskStatus.FREE);
        assertThat(seat.participant()).isEmpty();
        assertThat(seat.assignedAt()).isEmpty();
        assertThat(seat.acceptedAt()).isEmpty();
        assertThatThrownBy(seat::release).extracting("code").isEqualTo("task.free");
    }

    @Test
    void aStoredSeatHasAPersonExactlyWhenItIsNotFree() {
        assertThatThrownBy(() -> Task.reconstitute(TaskId.newId(), SLOT, anne, TaskStatus.FREE, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Task.reconstitute(TaskId.newId(), SLOT, null, TaskStatus.ACCEPTED, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
