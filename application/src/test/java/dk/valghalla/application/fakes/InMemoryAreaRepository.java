package dk.valghalla.application.fakes;

import dk.valghalla.application.area.port.out.AreaRepository;
import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.area.AreaNameAlreadyUsedException;
import dk.valghalla.domain.shared.ConcurrentModificationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link AreaRepository} with the same contract as the database adapter. */
public class InMemoryAreaRepository implements AreaRepository {
    private final Map<AreaId, Area> areas = new LinkedHashMap<>();
    private final Map<AreaId, Long> workLocations = new HashMap<>();

    @Override
    public List<Area> findAll() {
        return new ArrayList<>(areas.values().stream().map(this::copy).toList());
    }

    @Override
    public Optional<Area> findById(AreaId id) {
        return Optional.ofNullable(areas.get(id)).map(this::copy);
    }

    @Override
    public boolean nameTaken(String name, AreaId except) {
        return areas.values().stream().anyMatch(a -> a.name().equalsIgnoreCase(name) && !a.id().equals(except));
    }

    @Override
    public void add(Area area) {
        if (nameTaken(area.name(), null)) {
            throw new AreaNameAlreadyUsedException(area.name());
        }
        areas.put(area.id(), Area.reconstitute(area.id(), area.name(), area.description(), 0));
    }

    @Override
    public void update(Area area) {
        Area stored = areas.get(area.id());
        if (stored == null || stored.version() != area.version()) {
            throw new ConcurrentModificationException("area", area.id());
        }
        areas.put(area.id(), Area.reconstitute(area.id(), area.name(), area.description(), area.version() + 1));
    }

    @Override
    public void remove(AreaId id) {
        areas.remove(id);
    }

    @Override
    public long count() {
        return areas.size();
    }

    @Override
    public long lockAllAndCount() {
        return areas.size();
    }

    @Override
    public long countWorkLocations(AreaId id) {
        return workLocations.getOrDefault(id, 0L);
    }

    /** Test set-up: pretends that work locations lie in the area (the work-location context arrives later). */
    public void placeWorkLocations(AreaId id, long count) {
        workLocations.put(id, count);
    }

    private Area copy(Area a) {
        return Area.reconstitute(a.id(), a.name(), a.description(), a.version());
    }
}
