package dk.valghalla.adapter.persistence.specialdiet;

import dk.valghalla.adapter.persistence.shared.ConstraintViolations;
import dk.valghalla.adapter.persistence.shared.LikePatterns;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.specialdiet.port.out.SpecialDietRepository;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.specialdiet.SpecialDiet;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.specialdiet.SpecialDietNotFoundException;
import dk.valghalla.domain.specialdiet.SpecialDietTitleAlreadyUsedException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.util.Optional;

@ApplicationScoped
public class JpaSpecialDietRepository implements SpecialDietRepository {
    private static final String TITLE_UNIQUE = "special_diet_title_unique";

    private final SpecialDietPanacheRepository panache;

    public JpaSpecialDietRepository(SpecialDietPanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    public Page<SpecialDiet> search(String text, PageRequest page) {
        Sort byTitle = Sort.by("title").and("id");
        PanacheQuery<SpecialDietEntity> query = text == null
                ? panache.findAll(byTitle)
                : panache.find("lower(title) like ?1 escape '\\'", byTitle, LikePatterns.contains(text));
        var items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(JpaSpecialDietRepository::toDomain).toList();
        return new Page<>(items, query.count(), page.page(), page.size());
    }

    @Override
    public Optional<SpecialDiet> findById(SpecialDietId id) {
        return panache.findByIdOptional(id.value()).map(JpaSpecialDietRepository::toDomain);
    }

    @Override
    public boolean titleTaken(String title, SpecialDietId except) {
        return except == null
                ? panache.count("lower(title) = lower(?1)", title) > 0
                : panache.count("lower(title) = lower(?1) and id <> ?2", title, except.value()) > 0;
    }

    @Override
    public void add(SpecialDiet diet) {
        SpecialDietEntity e = new SpecialDietEntity();
        e.id = diet.id().value();
        e.title = diet.title();
        try {
            panache.persistAndFlush(e);
        } catch (PersistenceException ex) {
            throw ConstraintViolations.named(ex, TITLE_UNIQUE)
                    .<RuntimeException>map(v -> new SpecialDietTitleAlreadyUsedException(diet.title())).orElse(ex);
        }
    }

    @Override
    public void update(SpecialDiet diet) {
        SpecialDietEntity e = panache.findByIdOptional(diet.id().value())
                .orElseThrow(() -> new SpecialDietNotFoundException(diet.id()));
        if (e.version != diet.version()) {
            throw new ConcurrentModificationException("special_diet", diet.id());
        }
        e.title = diet.title();
        try {
            panache.flush();
        } catch (OptimisticLockException ex) {
            throw new ConcurrentModificationException("special_diet", diet.id());
        } catch (PersistenceException ex) {
            throw ConstraintViolations.named(ex, TITLE_UNIQUE)
                    .<RuntimeException>map(v -> new SpecialDietTitleAlreadyUsedException(diet.title())).orElse(ex);
        }
    }

    @Override
    public void remove(SpecialDietId id) {
        panache.deleteById(id.value());
        panache.flush();
    }

    private static SpecialDiet toDomain(SpecialDietEntity e) {
        return SpecialDiet.reconstitute(new SpecialDietId(e.id), e.title, e.version);
    }
}
