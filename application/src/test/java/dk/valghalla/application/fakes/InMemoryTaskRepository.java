package dk.valghalla.application.fakes;

import dk.valghalla.application.task.port.out.TaskRepository;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.task.Task;
import dk.valghalla.domain.task.TaskId;
import dk.valghalla.domain.task.TaskSlot;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Seats in a map; hands out copies and counts versions like the database does. */
public class InMemoryTaskRepository implements TaskRepository {
    private final Map<TaskId, Task> tasks = new LinkedHashMap<>();

    @Override
    public Optional<Task> findById(TaskId id) {
        return Optional.ofNullable(tasks.get(id)).map(t -> copy(t, t.version()));
    }

    @Override
    public List<Task> findBySlot(TaskSlot slot) {
        return all().stream().filter(t -> t.slot().equals(slot)).toList();
    }

    @Override
    public List<Task> findByElection(ElectionId election) {
        return all().stream().filter(t -> t.slot().election().equals(election)).toList();
    }

    @Override
    public List<Task> findHeldBy(Collection<ParticipantId> participants) {
        return all().stream().filter(t -> t.participant().filter(participants::contains).isPresent()).toList();
    }

    @Override
    public void add(Collection<Task> added) {
        added.forEach(t -> {
            if (tasks.putIfAbsent(t.id(), copy(t, 0)) != null) {
                throw new IllegalStateException("task " + t.id() + " exists");
            }
        });
    }

    @Override
    public void remove(Collection<Task> removed) {
        removed.forEach(t -> {
            Task stored = tasks.get(t.id());
            if (stored == null || stored.version() != t.version() || stored.taken()) {
                throw new ConcurrentModificationException("task", t.id());
            }
        });
        removed.forEach(t -> tasks.remove(t.id()));
    }

    @Override
    public void update(Task task) {
        Task stored = tasks.get(task.id());
        if (stored == null || stored.version() != task.version()) {
            throw new ConcurrentModificationException("task", task.id());
        }
        tasks.put(task.id(), copy(task, task.version() + 1));
    }

    public int size() {
        return tasks.size();
    }

    private List<Task> all() {
        return tasks.values().stream().map(t -> copy(t, t.version())).toList();
    }

    private static Task copy(Task t, long version) {
        return Task.reconstitute(t.id(), t.slot(), t.participant().orElse(null), t.status(),
                t.assignedAt().orElse(null), t.acceptedAt().orElse(null), version);
    }
}
