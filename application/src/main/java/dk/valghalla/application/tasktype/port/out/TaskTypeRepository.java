package dk.valghalla.application.tasktype.port.out;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.file.FileContent;
import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.tasktype.TaskType;
import dk.valghalla.domain.tasktype.TaskTypeDeletionFacts;
import dk.valghalla.domain.tasktype.TaskTypeDetails;
import dk.valghalla.domain.tasktype.TaskTypeId;

import java.util.Optional;
import java.util.Set;

/** The current tenant's task types with their files. */
public interface TaskTypeRepository {
    /** Title or short name containing {@code text} (any case; null = all), in Danish order of the title. */
    Page<TaskType> search(String text, PageRequest page);

    /** Which of these task types exist. */
    Set<TaskTypeId> existing(Set<TaskTypeId> ids);

    /** What decides a deletion (read after {@link #lockById}, so it holds until the transaction ends). */
    TaskTypeDeletionFacts deletionFacts(TaskTypeId id);

    /** The task type with its files' descriptions (not their content). */
    Optional<TaskType> findById(TaskTypeId id);

    /** Whether another task type has the same title, short name (any case), start and end time. */
    boolean duplicateExists(TaskTypeDetails details, TaskTypeId except);

    /** Throws {@code TaskTypeDuplicateException} if a concurrent insert made a duplicate. */
    void add(TaskType type);

    /** Throws {@code ConcurrentModificationException} if the type's version is no longer current. */
    void update(TaskType type);

    /** Removes the task type and its files. */
    void remove(TaskTypeId id);

    /** Locks the task type against concurrent changes of its files until the transaction ends; its state then. */
    Optional<TaskType> lockById(TaskTypeId id);

    void addFile(TaskTypeId id, StoredFile file, byte[] content);

    void removeFile(TaskTypeId id, FileId fileId);

    /** The file with its content, only if it belongs to this task type. */
    Optional<FileContent> loadFile(TaskTypeId id, FileId fileId);
}
