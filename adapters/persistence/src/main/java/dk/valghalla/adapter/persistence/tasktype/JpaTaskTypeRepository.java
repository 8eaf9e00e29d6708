package dk.valghalla.adapter.persistence.tasktype;

import dk.valghalla.adapter.persistence.shared.ConstraintViolations;
import dk.valghalla.adapter.persistence.shared.LikePatterns;
import dk.valghalla.adapter.persistence.shared.TaskDependencies;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.tasktype.port.out.TaskTypeRepository;
import dk.valghalla.domain.file.FileContent;
import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.RichText;
import dk.valghalla.domain.shared.HasSeatsException;
import dk.valghalla.domain.tasktype.TaskType;
import dk.valghalla.domain.tasktype.TaskTypeDeletionFacts;
import dk.valghalla.domain.tasktype.TaskTypeDetails;
import dk.valghalla.domain.tasktype.TaskTypeDuplicateException;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.tasktype.TaskTypeNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaTaskTypeRepository implements TaskTypeRepository {
    private static final String DUPLICATE_UNIQUE = "task_type_duplicate_unique";

    private final TaskTypePanacheRepository panache;

    public JpaTaskTypeRepository(TaskTypePanacheRepository panache) {
        this.panache = panache;
    }

    private EntityManager em() {
        return panache.getEntityManager();
    }

    @Override
    public Page<TaskType> search(String text, PageRequest page) {
        Sort order = Sort.by("title").and("startTime").and("shortName").and("id");
        PanacheQuery<TaskTypeEntity> query = text == null
                ? panache.findAll(order)
                : panache.find("lower(title) like ?1 escape '\\' or lower(shortName) like ?1 escape '\\'", order,
                LikePatterns.contains(text));
        List<TaskTypeEntity> entities = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        Map<UUID, List<StoredFile>> files = filesOf(entities.stream().map(e -> e.id).toList());
        var items = entities.stream().map(e -> toDomain(e, files.getOrDefault(e.id, List.of()))).toList();
        return new Page<>(items, query.count(), page.page(), page.size());
    }

    @Override
    public Optional<TaskType> findById(TaskTypeId id) {
        return panache.findByIdOptional(id.value()).map(e -> toDomain(e, filesOf(List.of(e.id)).getOrDefault(e.id, List.of())));
    }

    @Override
    public Set<TaskTypeId> existing(Set<TaskTypeId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return panache.getEntityManager()
                .createQuery("select t.id from TaskTypeEntity t where t.id in :ids", UUID.class)
                .setParameter("ids", ids.stream().map(TaskTypeId::value).toList()).getResultList().stream()
                .map(TaskTypeId::new).collect(Collectors.toSet());
    }

    @Override
    public TaskTypeDeletionFacts deletionFacts(TaskTypeId id) {
        long activeElections = count("""
                select count(distinct e.id) from election e
                  join election_work_location ewl on ewl.election_id = e.id
                  join work_location_task_type wltt on wltt.work_location_id = ewl.work_location_id
                 where wltt.task_type_id = ?1 and e.active""", id.value());
        long workLocations = count("select count(*) from work_location_task_type where task_type_id = ?1", id.value());
        long seats = count("select count(*) from task where task_type_id = ?1", id.value());
        return new TaskTypeDeletionFacts(activeElections, workLocations, seats);
    }

    private long count(String sql, UUID id) {
        return ((Number) panache.getEntityManager().createNativeQuery(sql).setParameter(1, id).getSingleResult())
                .longValue();
    }

    @Override
    public Optional<TaskType> lockById(TaskTypeId id) {
        return panache.findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE)
                .map(e -> toDomain(e, filesOf(List.of(e.id)).getOrDefault(e.id, List.of())));
    }

    @Override
    public boolean duplicateExists(TaskTypeDetails d, TaskTypeId except) {
        String same = "lower(title) = lower(?1) and lower(shortName) = lower(?2) and startTime = ?3 and endTime = ?4";
        return except == null
                ? panache.count(same, d.title(), d.shortName(), d.startTime(), d.endTime()) > 0
                : panache.count(same + " and id <> ?5", d.title(), d.shortName(), d.startTime(), d.endTime(),
                except.value()) > 0;
    }

    @Override
    public void add(TaskType type) {
        TaskTypeEntity e = new TaskTypeEntity();
        e.id = type.id().value();
        copy(type.details(), e);
        try {
            panache.persistAndFlush(e);
        } catch (PersistenceException ex) {
            throw ConstraintViolations.named(ex, DUPLICATE_UNIQUE)
                    .<RuntimeException>map(v -> new TaskTypeDuplicateException(type.details())).orElse(ex);
        }
    }

    @Override
    public void update(TaskType type) {
        TaskTypeEntity e = panache.findByIdOptional(type.id().value())
                .orElseThrow(() -> new TaskTypeNotFoundException(type.id()));
        if (e.version != type.version()) {
            throw new ConcurrentModificationException("task_type", type.id());
        }
        copy(type.details(), e);
        try {
            panache.flush();
        } catch (OptimisticLockException ex) {
            throw new ConcurrentModificationException("task_type", type.id());
        } catch (PersistenceException ex) {
            throw ConstraintViolations.named(ex, DUPLICATE_UNIQUE)
                    .<RuntimeException>map(v -> new TaskTypeDuplicateException(type.details())).orElse(ex);
        }
    }

    @Override
    public void remove(TaskTypeId id) {
        em().createNativeQuery("delete from file where id in (select file_id from task_type_file where task_type_id = ?1)")
                .setParameter(1, id.value()).executeUpdate();
        try {
            panache.deleteById(id.value());
            panache.flush();
        } catch (PersistenceException ex) {
            throw TaskDependencies.violated(ex) ? HasSeatsException.taskType(id) : ex;
        }
    }

    @Override
    public void addFile(TaskTypeId id, StoredFile file, byte[] content) {
        FileEntity f = new FileEntity();
        f.id = file.id().value();
        f.originalName = file.name();
        f.contentType = file.contentType();
        f.size = file.size();
        f.sha256 = file.sha256();
        f.content = content;
        em().persist(f);
        em().flush();
        em().createNativeQuery("insert into task_type_file (task_type_id, file_id) values (?1, ?2)")
                .setParameter(1, id.value()).setParameter(2, file.id().value()).executeUpdate();
    }

    @Override
    public void removeFile(TaskTypeId id, FileId fileId) {
        em().createNativeQuery("delete from file where id = ?2 and id in "
                        + "(select file_id from task_type_file where task_type_id = ?1)")
                .setParameter(1, id.value()).setParameter(2, fileId.value()).executeUpdate();
    }

    @Override
    public Optional<FileContent> loadFile(TaskTypeId id, FileId fileId) {
        List<?> rows = em().createNativeQuery("select f.id, f.original_name, f.content_type, f.size_bytes, f.sha256, "
                        + "f.content from file f join task_type_file l on l.file_id = f.id "
                        + "where l.task_type_id = ?1 and f.id = ?2")
                .setParameter(1, id.value()).setParameter(2, fileId.value()).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new FileContent(storedFile(row), (byte[]) row[5]);
        });
    }

    /** The files (without content) of these task types, in the order they were added. */
    private Map<UUID, List<StoredFile>> filesOf(List<UUID> taskTypeIds) {
        Map<UUID, List<StoredFile>> result = new HashMap<>();
        if (taskTypeIds.isEmpty()) {
            return result;
        }
        List<?> rows = em().createNativeQuery("select f.id, f.original_name, f.content_type, f.size_bytes, f.sha256, "
                        + "l.task_type_id from file f join task_type_file l on l.file_id = f.id "
                        + "where l.task_type_id in (?1) order by l.position")
                .setParameter(1, taskTypeIds).getResultList();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            result.computeIfAbsent((UUID) row[5], k -> new ArrayList<>()).add(storedFile(row));
        }
        return result;
    }

    private static StoredFile storedFile(Object[] row) {
        return new StoredFile(new FileId((UUID) row[0]), (String) row[1], (String) row[2], ((Number) row[3]).longValue(),
                ((String) row[4]).strip());
    }

    private static void copy(TaskTypeDetails d, TaskTypeEntity e) {
        e.title = d.title();
        e.shortName = d.shortName();
        e.description = d.description().html();
        e.startTime = d.startTime();
        e.endTime = d.endTime();
        e.payment = d.payment();
        e.validationNotRequired = d.validationNotRequired();
        e.trusted = d.trusted();
        e.sendReminder = d.sendReminder();
    }

    private static TaskType toDomain(TaskTypeEntity e, List<StoredFile> files) {
        return TaskType.reconstitute(new TaskTypeId(e.id), new TaskTypeDetails(e.title, e.shortName,
                RichText.fromSanitizedHtml(e.description), e.startTime, e.endTime, e.payment, e.validationNotRequired,
                e.trusted, e.sendReminder), files, e.version);
    }
}
