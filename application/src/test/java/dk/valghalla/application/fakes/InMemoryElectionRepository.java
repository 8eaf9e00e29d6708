package dk.valghalla.application.fakes;

import dk.valghalla.application.election.port.out.ElectionRepository;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.election.ElectionTitleAlreadyUsedException;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.DanishCollation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public class InMemoryElectionRepository implements ElectionRepository {
    private final Map<ElectionId, Election> elections = new LinkedHashMap<>();

    @Override
    public Page<Election> search(String text, Boolean active, PageRequest page) {
        List<Election> matches = elections.values().stream()
                .filter(e -> text == null || e.title().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                .filter(e -> active == null || e.active() == active)
                .sorted(Comparator.comparing(Election::electionDate).reversed()
                        .thenComparing(DanishCollation.comparing(Election::title)))
                .map(InMemoryElectionRepository::copy)
                .toList();
        return new Page<>(matches.stream().skip(page.offset()).limit(page.size()).toList(), matches.size(),
                page.page(), page.size());
    }

    @Override
    public Optional<Election> findById(ElectionId id) {
        return Optional.ofNullable(elections.get(id)).map(InMemoryElectionRepository::copy);
    }

    @Override
    public Optional<Election> lockById(ElectionId id) {
        return findById(id);
    }

    @Override
    public boolean titleTaken(String title, LocalDate electionDate, ElectionId except) {
        return elections.values().stream().anyMatch(e -> e.title().equalsIgnoreCase(title)
                && e.electionDate().equals(electionDate) && !e.id().equals(except));
    }

    @Override
    public void add(Election election) {
        if (titleTaken(election.title(), election.electionDate(), null)) {
            throw new ElectionTitleAlreadyUsedException(election.title(), election.electionDate());
        }
        elections.put(election.id(), withVersion(election, 0));
    }

    @Override
    public void update(Election election) {
        Election stored = elections.get(election.id());
        if (stored == null || stored.version() != election.version()) {
            throw new ConcurrentModificationException("election", election.id());
        }
        elections.put(election.id(), withVersion(election, election.version() + 1));
    }

    @Override
    public void remove(Election election) {
        Election stored = elections.get(election.id());
        if (stored == null || stored.version() != election.version()) {
            throw new ConcurrentModificationException("election", election.id());
        }
        elections.remove(election.id());
    }

    private static Election copy(Election e) {
        return withVersion(e, e.version());
    }

    private static Election withVersion(Election e, long version) {
        return Election.reconstitute(e.id(), e.title(), e.type(), e.lockPeriodDays(), e.period(), e.workLocations(),
                e.active(), version);
    }
}
