package dk.valghalla.adapter.persistence.task;

import dk.valghalla.application.task.port.out.TaskRepository;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.task.Task;
import dk.valghalla.domain.task.TaskId;
import dk.valghalla.domain.task.TaskNotFoundException;
import dk.valghalla.domain.task.TaskSlot;
import dk.valghalla.domain.task.TaskStatus;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Seats in the tenant's {@code task} table. */
@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {
    private final TaskPanacheRepository panache;

    public JpaTaskRepository(TaskPanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    public Optional<Task> findById(TaskId id) {
        return panache.findByIdOptional(id.value()).map(JpaTaskRepository::toDomain);
    }

    @Override
    public List<Task> findBySlot(TaskSlot slot) {
        return panache.list("electionId = ?1 and workLocationId = ?2 and taskTypeId = ?3 and teamId = ?4"
                        + " and taskDate = ?5", slot.election().value(), slot.workLocation().value(),
                slot.taskType().value(), slot.team().value(), slot.date())
                .stream().map(JpaTaskRepository::toDomain).toList();
    }

    @Override
    public List<Task> findByElection(ElectionId election) {
        return panache.list("electionId", election.value()).stream().map(JpaTaskRepository::toDomain).toList();
    }

    @Override
    public List<Task> findHeldBy(Collection<ParticipantId> participants) {
        if (participants.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = participants.stream().map(ParticipantId::value).toList();
        return panache.list("participantId in ?1", ids).stream().map(JpaTaskRepository::toDomain).toList();
    }

    @Override
    public void add(Collection<Task> tasks) {
        for (Task task : tasks) {
            TaskEntity e = new TaskEntity();
            e.id = task.id().value();
            e.electionId = task.slot().election().value();
            e.workLocationId = task.slot().workLocation().value();
            e.taskTypeId = task.slot().taskType().value();
            e.teamId = task.slot().team().value();
            e.taskDate = task.slot().date();
            copy(task, e);
            panache.persist(e);
        }
        panache.flush();
    }

    @Override
    public void remove(Collection<Task> tasks) {
        for (Task task : tasks) {
            // Only a free seat as it was read: one taken or changed meanwhile stays, and the distribution is refused.
            int deleted = panache.delete("id = ?1 and version = ?2 and status = 'FREE'", task.id().value(),
                    task.version()) > 0 ? 1 : 0;
            if (deleted == 0) {
                throw new ConcurrentModificationException("task", task.id());
            }
        }
    }

    @Override
    public void update(Task task) {
        TaskEntity e = panache.findByIdOptional(task.id().value()).orElseThrow(() -> new TaskNotFoundException(task.id()));
        if (e.version != task.version()) {
            throw new ConcurrentModificationException("task", task.id());
        }
        copy(task, e);
        try {
            panache.flush();
        } catch (OptimisticLockException ex) {
            throw new ConcurrentModificationException("task", task.id());
        }
    }

    private static void copy(Task task, TaskEntity e) {
        e.participantId = task.participant().map(ParticipantId::value).orElse(null);
        e.status = task.status().name();
        e.assignedAt = task.assignedAt().orElse(null);
        e.acceptedAt = task.acceptedAt().orElse(null);
    }

    private static Task toDomain(TaskEntity e) {
        return Task.reconstitute(new TaskId(e.id), new TaskSlot(new ElectionId(e.electionId),
                        new WorkLocationId(e.workLocationId), new TaskTypeId(e.taskTypeId), new TeamId(e.teamId), e.taskDate),
                e.participantId == null ? null : new ParticipantId(e.participantId), TaskStatus.valueOf(e.status),
                e.assignedAt, e.acceptedAt, e.version);
    }
}
