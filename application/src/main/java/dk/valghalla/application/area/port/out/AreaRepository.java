package dk.valghalla.application.area.port.out;

import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.area.AreaId;

import java.util.List;
import java.util.Optional;

/** The current tenant's areas. */
public interface AreaRepository {
    List<Area> findAll();

    Optional<Area> findById(AreaId id);

    /** Whether another area (not {@code except}) already has this name, ignoring case. */
    boolean nameTaken(String name, AreaId except);

    /** Stores a new area; throws {@code AreaNameAlreadyUsedException} if a concurrent insert took the name. */
    void add(Area area);

    /** Stores a changed area; throws {@code ConcurrentModificationException} if its version is no longer current. */
    void update(Area area);

    void remove(AreaId id);

    long count();

    /** Counts the areas and locks them until the transaction ends, so that two deletions cannot both pass the "last area" rule. */
    long lockAllAndCount();

    long countWorkLocations(AreaId id);
}
