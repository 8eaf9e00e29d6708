package dk.valghalla.adapter.persistence.area;

import dk.valghalla.adapter.persistence.shared.ConstraintViolations;
import dk.valghalla.application.area.port.out.AreaRepository;
import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.area.AreaNameAlreadyUsedException;
import dk.valghalla.domain.area.AreaNotFoundException;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaAreaRepository implements AreaRepository {
    private final AreaPanacheRepository panache;

    public JpaAreaRepository(AreaPanacheRepository panache) {
        this.panache = panache;
    }


    @Override
    public List<Area> findAll() {
        return panache.listAll().stream().map(JpaAreaRepository::toDomain).toList();
    }

    @Override
    public Optional<Area> findById(AreaId id) {
        return panache.findByIdOptional(id.value()).map(JpaAreaRepository::toDomain);
    }

    @Override
    public boolean nameTaken(String name, AreaId except) {
        return except == null
                ? panache.count("lower(name) = lower(?1)", name) > 0
                : panache.count("lower(name) = lower(?1) and id <> ?2", name, except.value()) > 0;
    }

    @Override
    public void add(Area area) {
        AreaEntity e = new AreaEntity();
        e.id = area.id().value();
        e.name = area.name();
        e.description = area.description();
        try {
            panache.persistAndFlush(e);
        } catch (PersistenceException ex) {
            throw ConstraintViolations.named(ex, "area_name_unique")
                    .<RuntimeException>map(v -> new AreaNameAlreadyUsedException(area.name())).orElse(ex);
        }
    }

    @Override
    public void update(Area area) {
        AreaEntity e = panache.findByIdOptional(area.id().value()).orElseThrow(() -> new AreaNotFoundException(area.id()));
        if (e.version != area.version()) {
            throw new ConcurrentModificationException("area", area.id());
        }
        e.name = area.name();
        e.description = area.description();
        try {
            panache.flush();
        } catch (OptimisticLockException ex) {
            throw new ConcurrentModificationException("area", area.id());
        } catch (PersistenceException ex) {
            throw ConstraintViolations.named(ex, "area_name_unique")
                    .<RuntimeException>map(v -> new AreaNameAlreadyUsedException(area.name())).orElse(ex);
        }
    }

    @Override
    public void remove(AreaId id) {
        panache.deleteById(id.value());
        panache.flush();
    }

    @Override
    public long count() {
        return panache.count();
    }

    @Override
    public long lockAllAndCount() {
        return panache.getEntityManager().createNativeQuery("select id from area for update").getResultList().size();
    }

    @Override
    public long countWorkLocations(AreaId id) {
        return ((Number) panache.getEntityManager()
                .createNativeQuery("select count(*) from work_location where area_id = ?1")
                .setParameter(1, id.value())
                .getSingleResult()).longValue();
    }

    private static Area toDomain(AreaEntity e) {
        return Area.reconstitute(new AreaId(e.id), e.name, e.description, e.version);
    }
}
