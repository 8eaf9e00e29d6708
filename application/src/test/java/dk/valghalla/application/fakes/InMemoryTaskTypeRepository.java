package dk.valghalla.application.fakes;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.tasktype.port.out.TaskTypeRepository;
import dk.valghalla.domain.file.FileContent;
import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.DanishCollation;
import dk.valghalla.domain.tasktype.TaskType;
import dk.valghalla.domain.tasktype.TaskTypeDeletionFacts;
import dk.valghalla.domain.tasktype.TaskTypeDetails;
import dk.valghalla.domain.tasktype.TaskTypeDuplicateException;
import dk.valghalla.domain.tasktype.TaskTypeId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public class InMemoryTaskTypeRepository implements TaskTypeRepository {
    private final Map<TaskTypeId, TaskType> types = new LinkedHashMap<>();
    private final Map<FileId, byte[]> contents = new HashMap<>();
    private final Map<TaskTypeId, TaskTypeDeletionFacts> usage = new HashMap<>();

    /** Test set-up: pretends that work locations (in active elections) use the task type. */
    public void useAt(TaskTypeId id, long activeElections, long workLocations) {
        usage.put(id, new TaskTypeDeletionFacts(activeElections, workLocations));
    }

    @Override
    public Set<TaskTypeId> existing(Set<TaskTypeId> ids) {
        return ids.stream().filter(types::containsKey).collect(Collectors.toSet());
    }

    @Override
    public TaskTypeDeletionFacts deletionFacts(TaskTypeId id) {
        return usage.getOrDefault(id, TaskTypeDeletionFacts.UNUSED);
    }

    @Override
    public Page<TaskType> search(String text, PageRequest page) {
        String t = text == null ? null : text.toLowerCase(Locale.ROOT);
        List<TaskType> matches = types.values().stream()
                .filter(x -> t == null || x.title().toLowerCase(Locale.ROOT).contains(t)
                        || x.details().shortName().toLowerCase(Locale.ROOT).contains(t))
                .sorted(DanishCollation.comparing(TaskType::title))
                .map(this::copy)
                .toList();
        return new Page<>(matches.stream().skip(page.offset()).limit(page.size()).toList(), matches.size(),
                page.page(), page.size());
    }

    @Override
    public Optional<TaskType> findById(TaskTypeId id) {
        return Optional.ofNullable(types.get(id)).map(this::copy);
    }

    @Override
    public boolean duplicateExists(TaskTypeDetails details, TaskTypeId except) {
        return types.values().stream().anyMatch(x -> x.details().duplicates(details) && !x.id().equals(except));
    }

    @Override
    public void add(TaskType type) {
        if (duplicateExists(type.details(), null)) {
            throw new TaskTypeDuplicateException(type.details());
        }
        types.put(type.id(), TaskType.reconstitute(type.id(), type.details(), List.of(), 0));
    }

    @Override
    public void update(TaskType type) {
        TaskType stored = types.get(type.id());
        if (stored == null || stored.version() != type.version()) {
            throw new ConcurrentModificationException("task_type", type.id());
        }
        types.put(type.id(), TaskType.reconstitute(type.id(), type.details(), stored.files(), type.version() + 1));
    }

    @Override
    public void remove(TaskTypeId id) {
        TaskType removed = types.remove(id);
        if (removed != null) {
            removed.files().forEach(f -> contents.remove(f.id()));
        }
    }

    @Override
    public Optional<TaskType> lockById(TaskTypeId id) {
        return findById(id);
    }

    @Override
    public void addFile(TaskTypeId id, StoredFile file, byte[] content) {
        TaskType stored = types.get(id);
        List<StoredFile> files = new ArrayList<>(stored.files());
        files.add(file);
        types.put(id, TaskType.reconstitute(id, stored.details(), files, stored.version()));
        contents.put(file.id(), content.clone());
    }

    @Override
    public void removeFile(TaskTypeId id, FileId fileId) {
        TaskType stored = types.get(id);
        types.put(id, TaskType.reconstitute(id, stored.details(),
                stored.files().stream().filter(f -> !f.id().equals(fileId)).toList(), stored.version()));
        contents.remove(fileId);
    }

    @Override
    public Optional<FileContent> loadFile(TaskTypeId id, FileId fileId) {
        return Optional.ofNullable(types.get(id)).flatMap(t -> t.files().stream()
                .filter(f -> f.id().equals(fileId)).findFirst())
                .map(f -> new FileContent(f, contents.get(f.id()).clone()));
    }

    /** How many file contents are stored (to see that deleting a task type deletes its files). */
    public int storedFileCount() {
        return contents.size();
    }

    private TaskType copy(TaskType t) {
        return TaskType.reconstitute(t.id(), t.details(), t.files(), t.version());
    }
}
