package dk.valghalla.adapter.persistence.worklocation;

import dk.valghalla.adapter.persistence.shared.ConstraintViolations;
import dk.valghalla.adapter.persistence.shared.TaskDependencies;
import dk.valghalla.adapter.persistence.shared.LikePatterns;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.worklocation.port.out.WorkLocationRepository;
import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.HasSeatsException;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.UnknownReferenceException;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationDetails;
import dk.valghalla.domain.worklocation.WorkLocationId;
import dk.valghalla.domain.worklocation.WorkLocationNotFoundException;
import dk.valghalla.domain.worklocation.WorkLocationTitleAlreadyUsedException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaWorkLocationRepository implements WorkLocationRepository {
    private static final String TITLE_UNIQUE = "work_location_title_unique";
    private static final String AREA_FK = "work_location_area_id_fkey";
    private static final String TEAM_FK = "work_location_team_team_fk";
    private static final String TASK_TYPE_FK = "work_location_task_type_task_type_fk";

    private final WorkLocationPanacheRepository panache;

    public JpaWorkLocationRepository(WorkLocationPanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    public Page<WorkLocation> search(String text, AreaId area, PageRequest page) {
        Sort byTitle = Sort.by("title").and("id");
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (text != null) {
            conditions.add("(lower(title) like :text escape '\\' or lower(postalCode) like :text escape '\\'"
                    + " or lower(city) like :text escape '\\')");
            parameters = parameters.and("text", LikePatterns.contains(text));
        }
        if (area != null) {
            conditions.add("areaId = :area");
            parameters = parameters.and("area", area.value());
        }
        PanacheQuery<WorkLocationEntity> query = conditions.isEmpty()
                ? panache.findAll(byTitle)
                : panache.find(String.join(" and ", conditions), byTitle, parameters);
        var items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(JpaWorkLocationRepository::toDomain).toList();
        return new Page<>(items, query.count(), page.page(), page.size());
    }

    @Override
    public Optional<WorkLocation> findById(WorkLocationId id) {
        return panache.findByIdOptional(id.value()).map(JpaWorkLocationRepository::toDomain);
    }

    @Override
    public Set<WorkLocationId> existing(Set<WorkLocationId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return panache.getEntityManager()
                .createQuery("select l.id from WorkLocationEntity l where l.id in :ids", UUID.class)
                .setParameter("ids", ids.stream().map(WorkLocationId::value).toList()).getResultList().stream()
                .map(WorkLocationId::new).collect(Collectors.toSet());
    }

    @Override
    public boolean titleTaken(String title, WorkLocationId except) {
        return except == null
                ? panache.count("lower(title) = lower(?1)", title) > 0
                : panache.count("lower(title) = lower(?1) and id <> ?2", title, except.value()) > 0;
    }

    @Override
    public void add(WorkLocation location) {
        WorkLocationEntity e = new WorkLocationEntity();
        e.id = location.id().value();
        copy(location, e);
        try {
            panache.persistAndFlush(e);
        } catch (PersistenceException ex) {
            throw translate(ex, location);
        }
    }

    @Override
    public void update(WorkLocation location) {
        WorkLocationEntity e = panache.findByIdOptional(location.id().value())
                .orElseThrow(() -> new WorkLocationNotFoundException(location.id()));
        if (e.version != location.version()) {
            throw new ConcurrentModificationException("work_location", location.id());
        }
        copy(location, e);
        try {
            panache.flush();
        } catch (OptimisticLockException ex) {
            throw new ConcurrentModificationException("work_location", location.id());
        } catch (PersistenceException ex) {
            throw translate(ex, location);
        }
    }

    private static RuntimeException translate(PersistenceException ex, WorkLocation location) {
        if (TaskDependencies.violated(ex)) {
            return HasSeatsException.workLocation(location.id());
        }
        if (ConstraintViolations.named(ex, TITLE_UNIQUE).isPresent()) {
            return new WorkLocationTitleAlreadyUsedException(location.title());
        }
        if (ConstraintViolations.named(ex, AREA_FK).isPresent()) {
            return UnknownReferenceException.area(location.area());
        }
        if (ConstraintViolations.named(ex, TEAM_FK).isPresent()) {
            return UnknownReferenceException.teams(location.teams());
        }
        if (ConstraintViolations.named(ex, TASK_TYPE_FK).isPresent()) {
            return UnknownReferenceException.taskTypes(location.taskTypes());
        }
        return ex;
    }

    @Override
    public void remove(WorkLocationId id) {
        // Its team and task-type links and its places in (inactive) elections go with it (on delete cascade), but not
        // while seats of an election depend on them.
        try {
            panache.deleteById(id.value());
            panache.flush();
        } catch (PersistenceException ex) {
            throw TaskDependencies.violated(ex) ? HasSeatsException.workLocation(id) : ex;
        }
    }

    @Override
    public long lockAndCountActiveElections(WorkLocationId id) {
        panache.getEntityManager().createNativeQuery("select id from work_location where id = ?1 for update")
                .setParameter(1, id.value()).getResultList();
        return countActiveElections(id);
    }

    @Override
    public long countActiveElections(WorkLocationId id) {
        return countElections(id, true);
    }

    @Override
    public long countInactiveElections(WorkLocationId id) {
        return countElections(id, false);
    }

    @Override
    public long countSeats(WorkLocationId id) {
        return ((Number) panache.getEntityManager().createNativeQuery(
                        "select count(*) from task where work_location_id = ?1")
                .setParameter(1, id.value()).getSingleResult()).longValue();
    }

    private long countElections(WorkLocationId id, boolean active) {
        return ((Number) panache.getEntityManager().createNativeQuery("""
                        select count(*) from election e join election_work_location ewl on ewl.election_id = e.id
                         where ewl.work_location_id = ?1 and e.active = ?2""")
                .setParameter(1, id.value()).setParameter(2, active).getSingleResult()).longValue();
    }

    private static void copy(WorkLocation location, WorkLocationEntity e) {
        WorkLocationDetails d = location.details();
        e.areaId = d.area().value();
        e.title = d.title();
        e.address = d.address();
        e.postalCode = d.postalCode();
        e.city = d.city();
        e.votingAreaNumber = d.votingAreaNumber();
        var teamIds = location.teams().stream().map(TeamId::value).collect(Collectors.toSet());
        e.teamIds.retainAll(teamIds);
        e.teamIds.addAll(teamIds);
        var taskTypeIds = location.taskTypes().stream().map(TaskTypeId::value).collect(Collectors.toSet());
        e.taskTypeIds.retainAll(taskTypeIds);
        e.taskTypeIds.addAll(taskTypeIds);
    }

    private static WorkLocation toDomain(WorkLocationEntity e) {
        return WorkLocation.reconstitute(new WorkLocationId(e.id),
                new WorkLocationDetails(new AreaId(e.areaId), e.title, e.address, e.postalCode, e.city,
                        e.votingAreaNumber),
                e.teamIds.stream().map(TeamId::new).collect(Collectors.toCollection(HashSet::new)),
                e.taskTypeIds.stream().map(TaskTypeId::new).collect(Collectors.toCollection(HashSet::new)), e.version);
    }
}
