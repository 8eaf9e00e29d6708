package dk.valghalla.application.team.port.out;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamDeletionFacts;
import dk.valghalla.domain.team.TeamId;

import java.util.Optional;
import java.util.Set;

/** The current tenant's teams. */
public interface TeamRepository {
    /** Names or short names containing {@code text} (any case; null = all), in Danish alphabetical order of names. */
    Page<Team> search(String text, PageRequest page);

    Optional<Team> findById(TeamId id);

    /** Which of these teams exist. */
    Set<TeamId> existing(Set<TeamId> ids);

    /** Whether another team (not {@code except}) already has this name, ignoring case. */
    boolean nameTaken(String name, TeamId except);

    /** Throws {@code TeamNameAlreadyUsedException} if a concurrent insert took the name. */
    void add(Team team);

    /** Throws {@code ConcurrentModificationException} if the team's version is no longer current. */
    void update(Team team);

    /** Deletes the team; it leaves the work locations it worked at. */
    void remove(TeamId id);

    /** What decides the deletion; locks the team against concurrent changes until the transaction ends. */
    TeamDeletionFacts lockAndReadDeletionFacts(TeamId id);

    TeamDeletionFacts deletionFacts(TeamId id);
}
