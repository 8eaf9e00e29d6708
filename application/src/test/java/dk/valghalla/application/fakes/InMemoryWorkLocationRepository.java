package dk.valghalla.application.fakes;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.worklocation.port.out.WorkLocationRepository;
import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.DanishCollation;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationId;
import dk.valghalla.domain.worklocation.WorkLocationTitleAlreadyUsedException;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public class InMemoryWorkLocationRepository implements WorkLocationRepository {
    private final Map<WorkLocationId, WorkLocation> locations = new LinkedHashMap<>();
    private final Map<WorkLocationId, long[]> elections = new HashMap<>();
    private final Map<WorkLocationId, Long> seats = new HashMap<>();

    @Override
    public Page<WorkLocation> search(String text, AreaId area, PageRequest page) {
        List<WorkLocation> matches = locations.values().stream()
                .filter(l -> area == null || l.area().equals(area))
                .filter(l -> text == null || contains(l.title(), text) || contains(l.details().postalCode(), text)
                        || contains(l.details().city(), text))
                .sorted(DanishCollation.comparing(WorkLocation::title))
                .map(this::copy)
                .toList();
        return new Page<>(matches.stream().skip(page.offset()).limit(page.size()).toList(), matches.size(),
                page.page(), page.size());
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    @Override
    public Set<WorkLocationId> existing(Set<WorkLocationId> ids) {
        return ids.stream().filter(locations::containsKey).collect(Collectors.toSet());
    }

    @Override
    public Optional<WorkLocation> findById(WorkLocationId id) {
        return Optional.ofNullable(locations.get(id)).map(this::copy);
    }

    @Override
    public boolean titleTaken(String title, WorkLocationId except) {
        return locations.values().stream().anyMatch(l -> l.title().equalsIgnoreCase(title) && !l.id().equals(except));
    }

    @Override
    public void add(WorkLocation location) {
        if (titleTaken(location.title(), null)) {
            throw new WorkLocationTitleAlreadyUsedException(location.title());
        }
        locations.put(location.id(), WorkLocation.reconstitute(location.id(), location.details(), location.teams(),
                location.taskTypes(), 0));
    }

    @Override
    public void update(WorkLocation location) {
        WorkLocation stored = locations.get(location.id());
        if (stored == null || stored.version() != location.version()) {
            throw new ConcurrentModificationException("work_location", location.id());
        }
        locations.put(location.id(), WorkLocation.reconstitute(location.id(), location.details(), location.teams(),
                location.taskTypes(), location.version() + 1));
    }

    @Override
    public void remove(WorkLocationId id) {
        locations.remove(id);
        elections.remove(id);
    }

    @Override
    public long lockAndCountActiveElections(WorkLocationId id) {
        return countActiveElections(id);
    }

    @Override
    public long countActiveElections(WorkLocationId id) {
        return elections.getOrDefault(id, new long[2])[0];
    }

    @Override
    public long countSeats(WorkLocationId id) {
        return seats.getOrDefault(id, 0L);
    }

    /** Lets a test say that seats lie at the location. */
    public void holdSeats(WorkLocationId id, long count) {
        seats.put(id, count);
    }

    @Override
    public long countInactiveElections(WorkLocationId id) {
        return elections.getOrDefault(id, new long[2])[1];
    }

    /** Test set-up: pretends that elections contain the location (the election context arrives later). */
    public void placeInElections(WorkLocationId id, long active, long inactive) {
        elections.put(id, new long[] {active, inactive});
    }

    private WorkLocation copy(WorkLocation l) {
        return WorkLocation.reconstitute(l.id(), l.details(), l.teams(), l.taskTypes(), l.version());
    }
}
