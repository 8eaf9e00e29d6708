package dk.valghalla.adapter.persistence.election;

import dk.valghalla.adapter.persistence.shared.ConstraintViolations;
import dk.valghalla.adapter.persistence.shared.LikePatterns;
import dk.valghalla.adapter.persistence.shared.TaskDependencies;
import dk.valghalla.application.election.port.out.ElectionRepository;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.election.ElectionNotFoundException;
import dk.valghalla.domain.election.ElectionPeriod;
import dk.valghalla.domain.election.ElectionTitleAlreadyUsedException;
import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.HasSeatsException;
import dk.valghalla.domain.worklocation.UnknownReferenceException;
import dk.valghalla.domain.worklocation.WorkLocationId;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaElectionRepository implements ElectionRepository {
    private static final String TITLE_UNIQUE = "election_title_date_unique";
    private static final String TYPE_FK = "election_election_type_id_fkey";
    private static final String WORK_LOCATION_FK = "election_work_location_work_location_id_fkey";

    private final ElectionPanacheRepository panache;

    public JpaElectionRepository(ElectionPanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    public Page<Election> search(String text, Boolean active, PageRequest page) {
        Sort latestFirst = Sort.descending("electionDate").and("title").and("id");
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (text != null) {
            conditions.add("lower(title) like :text escape '\\'");
            parameters = parameters.and("text", LikePatterns.contains(text));
        }
        if (active != null) {
            conditions.add("active = :active");
            parameters = parameters.and("active", active);
        }
        PanacheQuery<ElectionEntity> query = conditions.isEmpty()
                ? panache.findAll(latestFirst)
                : panache.find(String.join(" and ", conditions), latestFirst, parameters);
        var items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(JpaElectionRepository::toDomain).toList();
        return new Page<>(items, query.count(), page.page(), page.size());
    }

    @Override
    public Optional<Election> findById(ElectionId id) {
        return panache.findByIdOptional(id.value()).map(JpaElectionRepository::toDomain);
    }

    @Override
    public Optional<Election> lockById(ElectionId id) {
        return panache.findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(JpaElectionRepository::toDomain);
    }

    @Override
    public boolean titleTaken(String title, LocalDate electionDate, ElectionId except) {
        return except == null
                ? panache.count("lower(title) = lower(?1) and electionDate = ?2", title, electionDate) > 0
                : panache.count("lower(title) = lower(?1) and electionDate = ?2 and id <> ?3", title, electionDate,
                except.value()) > 0;
    }

    @Override
    public void add(Election election) {
        ElectionEntity e = new ElectionEntity();
        e.id = election.id().value();
        copy(election, e);
        try {
            panache.persistAndFlush(e);
        } catch (PersistenceException ex) {
            throw translate(ex, election);
        }
    }

    @Override
    public void update(Election election) {
        ElectionEntity e = panache.findByIdOptional(election.id().value())
                .orElseThrow(() -> new ElectionNotFoundException(election.id()));
        if (e.version != election.version()) {
            throw new ConcurrentModificationException("election", election.id());
        }
        copy(election, e);
        try {
            panache.flush();
        } catch (OptimisticLockException ex) {
            throw new ConcurrentModificationException("election", election.id());
        } catch (PersistenceException ex) {
            throw translate(ex, election);
        }
    }

    @Override
    public void remove(Election election) {
        // Its places for work locations go with it (on delete cascade).
        int deleted = panache.getEntityManager().createQuery("delete from ElectionEntity e where e.id = :id and e.version = :version")
                .setParameter("id", election.id().value()).setParameter("version", election.version()).executeUpdate();
        if (deleted == 0) {
            throw new ConcurrentModificationException("election", election.id());
        }
    }

    private static RuntimeException translate(PersistenceException ex, Election election) {
        if (TaskDependencies.violated(ex)) {
            return HasSeatsException.electionWorkLocations(election.id());
        }
        if (ConstraintViolations.named(ex, TITLE_UNIQUE).isPresent()) {
            return new ElectionTitleAlreadyUsedException(election.title(), election.electionDate());
        }
        if (ConstraintViolations.named(ex, TYPE_FK).isPresent()) {
            return UnknownReferenceException.electionType(election.type());
        }
        if (ConstraintViolations.named(ex, WORK_LOCATION_FK).isPresent()) {
            return UnknownReferenceException.workLocations(election.workLocations());
        }
        return ex;
    }

    private static void copy(Election election, ElectionEntity e) {
        e.title = election.title();
        e.electionTypeId = election.type().value();
        e.lockPeriodDays = election.lockPeriodDays();
        e.periodStart = election.period().start();
        e.periodEnd = election.period().end();
        e.electionDate = election.electionDate();
        e.active = election.active();
        var ids = election.workLocations().stream().map(WorkLocationId::value).collect(Collectors.toSet());
        e.workLocationIds.retainAll(ids);
        e.workLocationIds.addAll(ids);
    }

    private static Election toDomain(ElectionEntity e) {
        return Election.reconstitute(new ElectionId(e.id), e.title, new ElectionTypeId(e.electionTypeId),
                e.lockPeriodDays, new ElectionPeriod(e.periodStart, e.periodEnd, e.electionDate),
                e.workLocationIds.stream().map(WorkLocationId::new).collect(Collectors.toSet()), e.active, e.version);
    }
}
