package dk.valghalla.domain.task;

import dk.valghalla.domain.participant.ParticipantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A task (<i>opgave</i>): one seat in a {@link TaskSlot}, held by at most one participant. To staff five people a slot
 * has five seats. The office places a person on a free seat (the person then owes an answer), records the person's
 * yes, or frees the seat again.
 */
public final class Task {
    private final TaskId id;
    private final TaskSlot slot;
    private ParticipantId participant;
    private TaskStatus status;
    private Instant assignedAt;
    private Instant acceptedAt;
    private final long version;

    private Task(TaskId id, TaskSlot slot, ParticipantId participant, TaskStatus status, Instant assignedAt,
                 Instant acceptedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.slot = Objects.requireNonNull(slot, "slot");
        this.status = Objects.requireNonNull(status, "status");
        if ((participant == null) != (status == TaskStatus.FREE)) {
            throw new IllegalArgumentException("a seat has a participant exactly when it is not free: " + id);
        }
        this.participant = participant;
        this.assignedAt = assignedAt;
        this.acceptedAt = acceptedAt;
        this.version = version;
    }

    /** A new, free seat in the slot. */
    public static Task free(TaskSlot slot) {
        return new Task(TaskId.newId(), slot, null, TaskStatus.FREE, null, null, 0);
    }

    public static Task reconstitute(TaskId id, TaskSlot slot, ParticipantId participant, TaskStatus status,
                                    Instant assignedAt, Instant acceptedAt, long version) {
        return new Task(id, slot, participant, status, assignedAt, acceptedAt, version);
    }

    /** Places a person on the free seat; the person has not answered yet. */
    public void assign(ParticipantId person, Instant now) {
        Objects.requireNonNull(person, "person");
        if (status != TaskStatus.FREE) {
            throw TaskStateException.notFree(id);
        }
        this.participant = person;
        this.status = TaskStatus.AWAITING_REPLY;
        this.assignedAt = Objects.requireNonNull(now, "now");
        this.acceptedAt = null;
    }

    /** Records the yes of the person placed on the seat (given to the office by phone, mail or in person). */
    public void accept(Instant now) {
        if (status != TaskStatus.AWAITING_REPLY) {
            throw TaskStateException.notAwaitingReply(id);
        }
        this.status = TaskStatus.ACCEPTED;
        this.acceptedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Frees the seat and tells who held it and how far they had come (accepted or not), which decides what the person
     * is told.
     */
    public Release release() {
        if (status == TaskStatus.FREE) {
            throw TaskStateException.free(id);
        }
        Release release = new Release(participant, status);
        this.participant = null;
        this.status = TaskStatus.FREE;
        this.assignedAt = null;
        this.acceptedAt = null;
        return release;
    }

    /** Who held a freed seat, and whether they had accepted it. */
    public record Release(ParticipantId participant, TaskStatus had) {
    }

    public boolean taken() {
        return status != TaskStatus.FREE;
    }

    public TaskId id() {
        return id;
    }

    public TaskSlot slot() {
        return slot;
    }

    public Optional<ParticipantId> participant() {
        return Optional.ofNullable(participant);
    }

    public TaskStatus status() {
        return status;
    }

    public Optional<Instant> assignedAt() {
        return Optional.ofNullable(assignedAt);
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Task[" + id + ", " + status + "]";
    }
}
