package dk.valghalla.application.task.service;

import dk.valghalla.application.participant.port.out.ParticipantSeats;
import dk.valghalla.application.task.port.out.TaskRepository;
import dk.valghalla.application.tasktype.port.out.TaskTypeRepository;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.task.Task;
import dk.valghalla.domain.task.TaskStatus;
import dk.valghalla.domain.tasktype.TaskTypeId;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seats people hold, told to the participant use cases in their terms. The task context answers the participant
 * context's question, so the participant context does not depend on the task context's ports (no cycle).
 */
@ApplicationScoped
public class SeatsOfParticipants implements ParticipantSeats {
    private final TaskRepository tasks;
    private final TaskTypeRepository taskTypes;

    public SeatsOfParticipants(TaskRepository tasks, TaskTypeRepository taskTypes) {
        this.tasks = tasks;
        this.taskTypes = taskTypes;
    }

    @Override
    public List<HeldSeat> heldBy(Collection<ParticipantId> participants) {
        Map<TaskTypeId, Boolean> waived = new HashMap<>();
        return tasks.findHeldBy(participants).stream().map(t -> new HeldSeat(t.participant().orElseThrow(),
                t.slot().election(), t.slot().team(), t.slot().date(), t.status() == TaskStatus.ACCEPTED,
                waived.computeIfAbsent(t.slot().taskType(), id -> taskTypes.findById(id)
                        .map(type -> type.details().validationNotRequired()).orElse(false)))).toList();
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
