package dk.valghalla.application.electiontype.port.out;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.ElectionTypeId;

import java.util.Optional;

/** The current tenant's election types. */
public interface ElectionTypeRepository {
    /** Titles containing {@code text} (any case; null = all), in Danish alphabetical order. */
    Page<ElectionType> search(String text, PageRequest page);

    Optional<ElectionType> findById(ElectionTypeId id);

    boolean titleTaken(String title, ElectionTypeId except);

    /** Throws {@code ElectionTypeTitleAlreadyUsedException} if a concurrent insert took the title. */
    void add(ElectionType type);

    /** Throws {@code ConcurrentModificationException} if the type's version is no longer current. */
    void update(ElectionType type);

    void remove(ElectionTypeId id);

    /** How many elections are of this type; locks the type against concurrent use until the transaction ends. */
    long lockAndCountElectionsUsing(ElectionTypeId id);

    long countElectionsUsing(ElectionTypeId id);
}
