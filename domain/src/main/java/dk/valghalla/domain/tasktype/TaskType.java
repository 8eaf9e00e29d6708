package dk.valghalla.domain.tasktype;

import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.file.TooManyFilesException;
import dk.valghalla.domain.shared.Consequence;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.shared.HasSeatsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A task type (<i>opgavetype</i>), e.g. "Tilforordnet" 08:00–20:00 or "Fintæller", with the files (PDF guides)
 * participants get with it. A task type is a duplicate of another only when title, short name, start and end time
 * are all the same (so "Tilforordnet" may exist once in the morning and once in the evening).
 */
public final class TaskType {
    private final TaskTypeId id;
    private TaskTypeDetails details;
    private final List<StoredFile> files;
    private final long version;

    private TaskType(TaskTypeId id, TaskTypeDetails details, List<StoredFile> files, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.files = new ArrayList<>(files == null ? List.of() : files);
        this.version = version;
    }

    public static TaskType create(TaskTypeDetails details) {
        return new TaskType(TaskTypeId.newId(), details, List.of(), 0);
    }

    public static TaskType reconstitute(TaskTypeId id, TaskTypeDetails details, List<StoredFile> files, long version) {
        return new TaskType(id, details, files, version);
    }

    public void revise(TaskTypeDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails, "details");
    }

    /** Attaches a file unless the task type already has {@code maxFiles}. */
    public void attach(StoredFile file, int maxFiles) {
        if (files.size() >= maxFiles) {
            throw new TooManyFilesException(maxFiles);
        }
        files.add(Objects.requireNonNull(file, "file"));
    }

    /** Detaches one of this task type's files and returns it. */
    public StoredFile detach(FileId fileId) {
        StoredFile file = file(fileId);
        files.remove(file);
        return file;
    }

    public StoredFile file(FileId fileId) {
        return files.stream().filter(f -> f.id().equals(fileId)).findFirst()
                .orElseThrow(() -> new TaskTypeFileNotFoundException(id, fileId));
    }

    /**
     * Nothing blocks the deletion of a task type. Its seats in active elections will appear here as warnings once
     * seats exist (deleting the task type deletes its seats, its files and its work-location links).
     */
    /**
     * Blocked while an active election contains a work location where the task type is done (its seats hang on
     * it); otherwise the task type leaves the work locations where it is done (a warning).
     */
    public Consequences consequencesOfDeletion(TaskTypeDeletionFacts facts) {
        List<Consequence> blockers = new ArrayList<>();
        List<Consequence> warnings = new ArrayList<>();
        if (facts.activeElections() > 0) {
            blockers.add(Consequence.of("task_type.in_active_election", "count", facts.activeElections()));
        }
        if (facts.seats() > 0) {
            blockers.add(Consequence.of("task_type.has_tasks", "count", facts.seats()));
        }
        if (facts.workLocations() > 0) {
            warnings.add(Consequence.of("task_type.removed_from_work_locations", "count", facts.workLocations()));
        }
        return new Consequences(blockers, warnings);
    }

    public void ensureDeletable(TaskTypeDeletionFacts facts) {
        if (facts.activeElections() > 0) {
            throw new TaskTypeInActiveElectionException(id, facts.activeElections());
        }
        if (facts.seats() > 0) {
            throw HasSeatsException.taskType(id, facts.seats());
        }
    }

    public TaskTypeId id() {
        return id;
    }

    public TaskTypeDetails details() {
        return details;
    }

    public String title() {
        return details.title();
    }

    /** The attached files in the order they were added. */
    public List<StoredFile> files() {
        return List.copyOf(files);
    }

    public long version() {
        return version;
    }
}
