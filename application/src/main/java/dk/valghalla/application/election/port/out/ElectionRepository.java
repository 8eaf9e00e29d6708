package dk.valghalla.application.election.port.out;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionId;

import java.time.LocalDate;
import java.util.Optional;

/** The current tenant's elections with the work locations that take part. */
public interface ElectionRepository {
    /**
     * Titles containing {@code text} (any case; null = all), active or not ({@code active} null = both), the latest
     * election day first, then in Danish order of titles.
     */
    Page<Election> search(String text, Boolean active, PageRequest page);

    Optional<Election> findById(ElectionId id);

    /** Locks the election against concurrent changes until the transaction ends; its state then. */
    Optional<Election> lockById(ElectionId id);

    /** Whether another election (not {@code except}) on the same day has this title, ignoring case. */
    boolean titleTaken(String title, LocalDate electionDate, ElectionId except);

    /**
     * Throws {@code ElectionTitleAlreadyUsedException} if a concurrent insert took the title on that day, and
     * {@code UnknownReferenceException} if its type or a work location was deleted meanwhile.
     */
    void add(Election election);

    /** As {@link #add}, and {@code ConcurrentModificationException} if the version is no longer current. */
    void update(Election election);

    /** Throws {@code ConcurrentModificationException} if the version is no longer current. */
    void remove(Election election);
}
