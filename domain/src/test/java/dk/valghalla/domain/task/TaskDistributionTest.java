package dk.valghalla.domain.task;

import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dk.valghalla.domain.task.TaskTest.SLOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskDistributionTest {
    private static List<Task> seats(int free, int awaiting, int accepted) {
        List<Task> seats = new ArrayList<>();
        for (int i = 0; i < free + awaiting + accepted; i++) {
            Task seat = Task.free(SLOT);
            if (i >= free) {
                seat.assign(ParticipantId.newId(), Instant.EPOCH);
                if (i >= free + awaiting) {
                    seat.accept(Instant.EPOCH);
                }
            }
            seats.add(seat);
        }
        return seats;
    }

    @Test
    void raisingTheCountAddsFreeSeatsOfTheSlot() {
        TaskDistribution plan = TaskDistribution.of(SLOT, seats(1, 0, 1), 5);
        assertThat(plan.added()).hasSize(3).allSatisfy(s -> {
            assertThat(s.slot()).isEqualTo(SLOT);
            assertThat(s.status()).isEqualTo(TaskStatus.FREE);
        });
        assertThat(plan.removed()).isEmpty();
    }

    @Test
    void loweringTheCountRemovesFreeSeatsOnly() {
        List<Task> seats = seats(3, 1, 1);
        TaskDistribution plan = TaskDistribution.of(SLOT, seats, 3);
        assertThat(plan.added()).isEmpty();
        assertThat(plan.removed()).hasSize(2).allSatisfy(s -> assertThat(s.taken()).isFalse());
    }

    @Test
    void theCountCannotGoBelowTheSeatsHeldByPeopleWhetherAcceptedOrAwaitingTheAnswer() {
        assertThatThrownBy(() -> TaskDistribution.of(SLOT, seats(2, 1, 1), 1)).isInstanceOf(TaskSlotException.class)
                .extracting("code").isEqualTo("task.count_below_taken");
        assertThat(TaskDistribution.of(SLOT, seats(2, 1, 1), 2).removed()).hasSize(2);
    }

    @Test
    void theSameCountChangesNothingAndZeroRemovesEveryFreeSeat() {
        assertThat(TaskDistribution.of(SLOT, seats(2, 0, 0), 2).changesNothing()).isTrue();
        assertThat(TaskDistribution.of(SLOT, seats(2, 0, 0), 0).removed()).hasSize(2);
    }

    @Test
    void aCountOutsideZeroToFiveHundredIsRefused() {
        assertThatThrownBy(() -> TaskDistribution.of(SLOT, List.of(), -1)).isInstanceOf(InvalidValueException.class)
                .extracting("code").isEqualTo("task.count_invalid");
        assertThatThrownBy(() -> TaskDistribution.of(SLOT, List.of(), 501)).isInstanceOf(InvalidValueException.class);
        assertThat(TaskDistribution.of(SLOT, List.of(), 500).added()).hasSize(500);
    }
}
