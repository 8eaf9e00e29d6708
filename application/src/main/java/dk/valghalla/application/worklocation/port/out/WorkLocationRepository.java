package dk.valghalla.application.worklocation.port.out;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.util.Optional;
import java.util.Set;

/** The current tenant's work locations with their teams. */
public interface WorkLocationRepository {
    /**
     * Titles, postal codes or cities containing {@code text} (any case; null = all), in the area (null = all areas),
     * in Danish alphabetical order of titles.
     */
    Page<WorkLocation> search(String text, AreaId area, PageRequest page);

    Optional<WorkLocation> findById(WorkLocationId id);

    /** Which of these work locations exist. */
    Set<WorkLocationId> existing(Set<WorkLocationId> ids);

    /** Whether another location (not {@code except}) already has this title, ignoring case. */
    boolean titleTaken(String title, WorkLocationId except);

    /**
     * Throws {@code WorkLocationTitleAlreadyUsedException} if a concurrent insert took the title, and
     * {@code UnknownReferenceException} if its area or a team was deleted meanwhile.
     */
    void add(WorkLocation location);

    /** As {@link #add}, and {@code ConcurrentModificationException} if the version is no longer current. */
    void update(WorkLocation location);

    /** Deletes the location; it leaves the (inactive) elections that contained it. */
    void remove(WorkLocationId id);

    /** How many active elections contain the location; locks the location until the transaction ends. */
    long lockAndCountActiveElections(WorkLocationId id);

    long countActiveElections(WorkLocationId id);

    long countInactiveElections(WorkLocationId id);

    /** How many seats (tasks) of any election lie at the location. */
    long countSeats(WorkLocationId id);
}
