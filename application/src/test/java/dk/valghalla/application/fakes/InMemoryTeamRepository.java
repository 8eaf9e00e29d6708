package dk.valghalla.application.fakes;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.team.port.out.TeamRepository;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.DanishCollation;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamDeletionFacts;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.team.TeamNameAlreadyUsedException;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public class InMemoryTeamRepository implements TeamRepository {
    private final Map<TeamId, Team> teams = new LinkedHashMap<>();
    private final Map<TeamId, TeamDeletionFacts> facts = new HashMap<>();

    @Override
    public Page<Team> search(String text, PageRequest page) {
        List<Team> matches = teams.values().stream()
                .filter(t -> text == null || contains(t.name(), text) || contains(t.shortName(), text))
                .sorted(DanishCollation.comparing(Team::name))
                .map(this::copy)
                .toList();
        return new Page<>(matches.stream().skip(page.offset()).limit(page.size()).toList(), matches.size(),
                page.page(), page.size());
    }

    private static boolean contains(String value, String text) {
        return value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<Team> findById(TeamId id) {
        return Optional.ofNullable(teams.get(id)).map(this::copy);
    }

    @Override
    public Set<TeamId> existing(Set<TeamId> ids) {
        return ids.stream().filter(teams::containsKey).collect(Collectors.toSet());
    }

    @Override
    public boolean nameTaken(String name, TeamId except) {
        return teams.values().stream().anyMatch(t -> t.name().equalsIgnoreCase(name) && !t.id().equals(except));
    }

    @Override
    public void add(Team team) {
        if (nameTaken(team.name(), null)) {
            throw new TeamNameAlreadyUsedException(team.name());
        }
        teams.put(team.id(), Team.reconstitute(team.id(), team.name(), team.shortName(), team.description(), 0));
    }

    @Override
    public void update(Team team) {
        Team stored = teams.get(team.id());
        if (stored == null || stored.version() != team.version()) {
            throw new ConcurrentModificationException("team", team.id());
        }
        teams.put(team.id(), Team.reconstitute(team.id(), team.name(), team.shortName(), team.description(),
                team.version() + 1));
    }

    @Override
    public void remove(TeamId id) {
        teams.remove(id);
    }

    @Override
    public TeamDeletionFacts lockAndReadDeletionFacts(TeamId id) {
        return deletionFacts(id);
    }

    @Override
    public TeamDeletionFacts deletionFacts(TeamId id) {
        return facts.getOrDefault(id, new TeamDeletionFacts(0, 0));
    }

    /** Test set-up: pretends that the team works at locations of elections (those contexts are separate fakes). */
    public void holdDeletionFacts(TeamId id, TeamDeletionFacts deletionFacts) {
        facts.put(id, deletionFacts);
    }

    private Team copy(Team t) {
        return Team.reconstitute(t.id(), t.name(), t.shortName(), t.description(), t.version());
    }
}
