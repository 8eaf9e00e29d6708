package dk.valghalla.application.fakes;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.specialdiet.port.out.SpecialDietRepository;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.DanishCollation;
import dk.valghalla.domain.specialdiet.SpecialDiet;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.specialdiet.SpecialDietTitleAlreadyUsedException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public class InMemorySpecialDietRepository implements SpecialDietRepository {
    private final Map<SpecialDietId, SpecialDiet> diets = new LinkedHashMap<>();

    @Override
    public Page<SpecialDiet> search(String text, PageRequest page) {
        List<SpecialDiet> matches = diets.values().stream()
                .filter(d -> text == null || d.title().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                .sorted(DanishCollation.comparing(SpecialDiet::title))
                .map(this::copy)
                .toList();
        return new Page<>(matches.stream().skip(page.offset()).limit(page.size()).toList(), matches.size(),
                page.page(), page.size());
    }

    @Override
    public Optional<SpecialDiet> findById(SpecialDietId id) {
        return Optional.ofNullable(diets.get(id)).map(this::copy);
    }

    @Override
    public boolean titleTaken(String title, SpecialDietId except) {
        return diets.values().stream().anyMatch(d -> d.title().equalsIgnoreCase(title) && !d.id().equals(except));
    }

    @Override
    public void add(SpecialDiet diet) {
        if (titleTaken(diet.title(), null)) {
            throw new SpecialDietTitleAlreadyUsedException(diet.title());
        }
        diets.put(diet.id(), SpecialDiet.reconstitute(diet.id(), diet.title(), 0));
    }

    @Override
    public void update(SpecialDiet diet) {
        SpecialDiet stored = diets.get(diet.id());
        if (stored == null || stored.version() != diet.version()) {
            throw new ConcurrentModificationException("special_diet", diet.id());
        }
        diets.put(diet.id(), SpecialDiet.reconstitute(diet.id(), diet.title(), diet.version() + 1));
    }

    @Override
    public void remove(SpecialDietId id) {
        diets.remove(id);
    }

    private SpecialDiet copy(SpecialDiet d) {
        return SpecialDiet.reconstitute(d.id(), d.title(), d.version());
    }
}
