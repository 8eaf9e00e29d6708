package dk.valghalla.application.task.port.out;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.task.Task;
import dk.valghalla.domain.task.TaskId;
import dk.valghalla.domain.task.TaskSlot;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The seats of the municipality's elections. */
public interface TaskRepository {
    Optional<Task> findById(TaskId id);

    /** The seats of one slot. */
    List<Task> findBySlot(TaskSlot slot);

    /** Every seat of an election. */
    List<Task> findByElection(ElectionId election);

    /** The seats these people hold (awaiting their answer or accepted), in every election. */
    List<Task> findHeldBy(Collection<ParticipantId> participants);

    void add(Collection<Task> tasks);

    /** Deletes seats; the caller has checked that they are free. */
    void remove(Collection<Task> tasks);

    /**
     * Stores a changed seat.
     *
     * @throws dk.valghalla.domain.shared.ConcurrentModificationException when it changed since it was read
     */
    void update(Task task);
}
