package dk.valghalla.application.task.service;

import dk.valghalla.application.participant.port.out.ParticipantSeats;
import dk.valghalla.application.task.port.out.TaskRepository;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.task.Task;
import dk.valghalla.domain.task.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/**
 * The seats people hold, told to the participant use cases in their terms. The task context answers the participant
 * context's question, so the participant context does not depend on the task context's ports (no cycle).
 */
@ApplicationScoped
public class SeatsOfParticipants implements ParticipantSeats {
    private final TaskRepository tasks;

    public SeatsOfParticipants(TaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<HeldSeat> heldBy(Collection<ParticipantId> participants) {
        return tasks.findHeldBy(participants).stream().map(t -> new HeldSeat(t.participant().orElseThrow(),
                t.slot().team(), t.status() == TaskStatus.ACCEPTED)).toList();
    }

    @Override
    public int freeAllHeldBy(Collection<ParticipantId> participants) {
        List<Task> held = tasks.findHeldBy(participants);
        held.forEach(t -> {
            t.release();
            tasks.update(t);
        });
        return held.size();
    }
}
