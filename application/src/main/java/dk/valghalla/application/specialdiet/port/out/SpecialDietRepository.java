package dk.valghalla.application.specialdiet.port.out;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.specialdiet.SpecialDiet;
import dk.valghalla.domain.specialdiet.SpecialDietId;

import java.util.Optional;

/** The current tenant's special diets. */
public interface SpecialDietRepository {
    /** Titles containing {@code text} (any case; null = all), in Danish alphabetical order. */
    Page<SpecialDiet> search(String text, PageRequest page);

    Optional<SpecialDiet> findById(SpecialDietId id);

    boolean titleTaken(String title, SpecialDietId except);

    /** Throws {@code SpecialDietTitleAlreadyUsedException} if a concurrent insert took the title. */
    void add(SpecialDiet diet);

    /** Throws {@code ConcurrentModificationException} if the diet's version is no longer current. */
    void update(SpecialDiet diet);

    void remove(SpecialDietId id);
}
