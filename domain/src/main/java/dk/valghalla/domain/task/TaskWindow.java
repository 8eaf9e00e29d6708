package dk.valghalla.domain.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Objects;

/**
 * When a seat is worked: its day and its task type's hours. A person cannot hold two seats whose windows overlap on
 * the same day, in whichever elections (inventory §2.2); windows that only touch (one ends 12:00, the next starts
 * 12:00) do not overlap.
 */
public record TaskWindow(TaskId task, LocalDate date, LocalTime start, LocalTime end) {
    public TaskWindow {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean overlaps(TaskWindow other) {
        return !task.equals(other.task) && date.equals(other.date) && start.isBefore(other.end)
                && other.start.isBefore(end);
    }

    /** Refuses this seat for a person who already holds one of {@code held} at an overlapping time. */
    public void ensureNoConflictWith(Collection<TaskWindow> held) {
        held.stream().filter(this::overlaps).findFirst().ifPresent(other -> {
            throw new TaskTimeConflictException(task, other.task);
        });
    }
}
