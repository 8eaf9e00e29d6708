package dk.valghalla.application.fakes;

import dk.valghalla.application.electiontype.port.out.ElectionTypeRepository;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.electiontype.ElectionTypeTitleAlreadyUsedException;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.DanishCollation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public class InMemoryElectionTypeRepository implements ElectionTypeRepository {
    private final Map<ElectionTypeId, ElectionType> types = new LinkedHashMap<>();
    private final Map<ElectionTypeId, Long> elections = new HashMap<>();

    @Override
    public Page<ElectionType> search(String text, PageRequest page) {
        List<ElectionType> matches = types.values().stream()
                .filter(t -> text == null || t.title().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                .sorted(DanishCollation.comparing(ElectionType::title))
                .map(this::copy)
                .toList();
        return new Page<>(matches.stream().skip(page.offset()).limit(page.size()).toList(), matches.size(),
                page.page(), page.size());
    }

    @Override
    public Optional<ElectionType> findById(ElectionTypeId id) {
        return Optional.ofNullable(types.get(id)).map(this::copy);
    }

    @Override
    public boolean titleTaken(String title, ElectionTypeId except) {
        return types.values().stream().anyMatch(t -> t.title().equalsIgnoreCase(title) && !t.id().equals(except));
    }

    @Override
    public void add(ElectionType type) {
        if (titleTaken(type.title(), null)) {
            throw new ElectionTypeTitleAlreadyUsedException(type.title());
        }
        types.put(type.id(), ElectionType.reconstitute(type.id(), type.title(), type.rules(), 0));
    }

    @Override
    public void update(ElectionType type) {
        ElectionType stored = types.get(type.id());
        if (stored == null || stored.version() != type.version()) {
            throw new ConcurrentModificationException("election_type", type.id());
        }
        types.put(type.id(), ElectionType.reconstitute(type.id(), type.title(), type.rules(), type.version() + 1));
    }

    @Override
    public void remove(ElectionTypeId id) {
        types.remove(id);
    }

    @Override
    public long lockAndCountElectionsUsing(ElectionTypeId id) {
        return countElectionsUsing(id);
    }

    @Override
    public long countElectionsUsing(ElectionTypeId id) {
        return elections.getOrDefault(id, 0L);
    }

    /** Test set-up: pretends that elections of this type exist (the election context arrives later). */
    public void holdElections(ElectionTypeId id, long count) {
        elections.put(id, count);
    }

    private ElectionType copy(ElectionType t) {
        return ElectionType.reconstitute(t.id(), t.title(), t.rules(), t.version());
    }
}
