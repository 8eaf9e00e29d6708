package dk.valghalla.domain.task;

import dk.valghalla.domain.shared.InvalidValueException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How a slot gets the number of seats asked for (<i>fordeling</i>): more seats are added free; fewer seats remove free
 * seats only. A seat someone holds, accepted or still awaiting the answer, is never removed by counting down
 * (OS2valghalla removed seats with a pending invitation without telling the invitee); the office frees it first.
 *
 * @param added   the new free seats to store
 * @param removed the free seats to delete
 */
public record TaskDistribution(List<Task> added, List<Task> removed) {
    public static final int MAX_SEATS_PER_SLOT = 500;

    public TaskDistribution {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /**
     * @param slot  the slot to distribute
     * @param seats the slot's seats as they are now
     * @param count the number of seats the slot shall have
     */
    public static TaskDistribution of(TaskSlot slot, List<Task> seats, int count) {
        Objects.requireNonNull(slot, "slot");
        if (count < 0 || count > MAX_SEATS_PER_SLOT) {
            throw new InvalidValueException("count", "task.count_invalid",
                    "A slot has from 0 to " + MAX_SEATS_PER_SLOT + " seats");
        }
        if (seats.stream().anyMatch(s -> !s.slot().equals(slot))) {
            throw new IllegalArgumentException("seats of another slot given for " + slot);
        }
        long taken = seats.stream().filter(Task::taken).count();
        if (count < taken) {
            throw TaskSlotException.countBelowTaken(count, taken);
        }
        List<Task> added = new ArrayList<>();
        for (int i = seats.size(); i < count; i++) {
            added.add(Task.free(slot));
        }
        List<Task> removed = seats.stream().filter(s -> !s.taken())
                .sorted(Comparator.comparing((Task s) -> s.id().value()))
                .limit(Math.max(0, seats.size() - count)).toList();
        return new TaskDistribution(added, removed);
    }

    public boolean changesNothing() {
        return added.isEmpty() && removed.isEmpty();
    }
}
