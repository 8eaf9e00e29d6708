package dk.valghalla.adapter.persistence.electiontype;

import dk.valghalla.adapter.persistence.shared.ConstraintViolations;
import dk.valghalla.adapter.persistence.shared.LikePatterns;
import dk.valghalla.application.electiontype.port.out.ElectionTypeRepository;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.electiontype.ElectionTypeNotFoundException;
import dk.valghalla.domain.electiontype.ElectionTypeTitleAlreadyUsedException;
import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.util.HashSet;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaElectionTypeRepository implements ElectionTypeRepository {
    private static final String TITLE_UNIQUE = "election_type_title_unique";

    private final ElectionTypePanacheRepository panache;

    public JpaElectionTypeRepository(ElectionTypePanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    public Page<ElectionType> search(String text, PageRequest page) {
        Sort byTitle = Sort.by("title").and("id");
        PanacheQuery<ElectionTypeEntity> query = text == null
                ? panache.findAll(byTitle)
                : panache.find("lower(title) like ?1 escape '\\'", byTitle, LikePatterns.contains(text));
        var items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(JpaElectionTypeRepository::toDomain).toList();
        return new Page<>(items, query.count(), page.page(), page.size());
    }

    @Override
    public Optional<ElectionType> findById(ElectionTypeId id) {
        return panache.findByIdOptional(id.value()).map(JpaElectionTypeRepository::toDomain);
    }

    @Override
    public boolean titleTaken(String title, ElectionTypeId except) {
        return except == null
                ? panache.count("lower(title) = lower(?1)", title) > 0
                : panache.count("lower(title) = lower(?1) and id <> ?2", title, except.value()) > 0;
    }

    @Override
    public void add(ElectionType type) {
        ElectionTypeEntity e = new ElectionTypeEntity();
        e.id = type.id().value();
        e.title = type.title();
        e.rules = names(type);
        try {
            panache.persistAndFlush(e);
        } catch (PersistenceException ex) {
            throw ConstraintViolations.named(ex, TITLE_UNIQUE)
                    .<RuntimeException>map(v -> new ElectionTypeTitleAlreadyUsedException(type.title())).orElse(ex);
        }
    }

    @Override
    public void update(ElectionType type) {
        ElectionTypeEntity e = panache.findByIdOptional(type.id().value())
                .orElseThrow(() -> new ElectionTypeNotFoundException(type.id()));
        if (e.version != type.version()) {
            throw new ConcurrentModificationException("election_type", type.id());
        }
        e.title = type.title();
        e.rules.clear();
        e.rules.addAll(names(type));
        try {
            panache.flush();
        } catch (OptimisticLockException ex) {
            throw new ConcurrentModificationException("election_type", type.id());
        } catch (PersistenceException ex) {
            throw ConstraintViolations.named(ex, TITLE_UNIQUE)
                    .<RuntimeException>map(v -> new ElectionTypeTitleAlreadyUsedException(type.title())).orElse(ex);
        }
    }

    @Override
    public void remove(ElectionTypeId id) {
        panache.deleteById(id.value());
        panache.flush();
    }

    @Override
    public long lockAndCountElectionsUsing(ElectionTypeId id) {
        panache.getEntityManager().createNativeQuery("select id from election_type where id = ?1 for update")
                .setParameter(1, id.value()).getResultList();
        return countElectionsUsing(id);
    }

    @Override
    public long countElectionsUsing(ElectionTypeId id) {
        return ((Number) panache.getEntityManager()
                .createNativeQuery("select count(*) from election where election_type_id = ?1")
                .setParameter(1, id.value()).getSingleResult()).longValue();
    }

    private static HashSet<String> names(ElectionType type) {
        return type.rules().stream().map(EligibilityRule::name).collect(Collectors.toCollection(HashSet::new));
    }

    private static ElectionType toDomain(ElectionTypeEntity e) {
        return ElectionType.reconstitute(new ElectionTypeId(e.id), e.title,
                e.rules.stream().map(EligibilityRule::valueOf).collect(Collectors.toSet()), e.version);
    }
}
