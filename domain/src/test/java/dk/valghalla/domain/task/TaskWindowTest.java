package dk.valghalla.domain.task;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskWindowTest {
    private static final LocalDate DAY = LocalDate.of(2027, 3, 2);

    private static TaskWindow window(LocalDate day, String start, String end) {
        return new TaskWindow(TaskId.newId(), day, LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void seatsOnTheSameDayWhoseHoursOverlapConflict() {
        TaskWindow morning = window(DAY, "07:00", "13:00");
        assertThat(morning.overlaps(window(DAY, "12:00", "20:00"))).isTrue();
        assertThat(morning.overlaps(window(DAY, "08:00", "09:00"))).isTrue();
        assertThatThrownBy(() -> window(DAY, "12:00", "20:00").ensureNoConflictWith(List.of(morning)))
                .isInstanceOf(TaskTimeConflictException.class).extracting("code").isEqualTo("task.time_conflict");
    }

    @Test
    void windowsThatOnlyTouchOrLieOnOtherDaysDoNotConflict() {
        TaskWindow morning = window(DAY, "07:00", "12:00");
        assertThat(morning.overlaps(window(DAY, "12:00", "20:00"))).isFalse();
        assertThat(morning.overlaps(window(DAY.plusDays(1), "07:00", "12:00"))).isFalse();
        assertThatCode(() -> window(DAY, "12:00", "20:00").ensureNoConflictWith(List.of(morning)))
                .doesNotThrowAnyException();
    }

    @Test
    void aSeatDoesNotConflictWithItself() {
        TaskWindow w = window(DAY, "07:00", "12:00");
        assertThat(w.overlaps(new TaskWindow(w.task(), DAY, w.start(), w.end()))).isFalse();
    }
}
