package dk.valghalla.domain.area;

import dk.valghalla.domain.shared.Consequence;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.shared.DanishCollation;
import dk.valghalla.domain.shared.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An area (<i>område</i>): a part of the municipality that groups work locations, e.g. "Nord" or "Midtby".
 * A municipality always has at least one area, and an area that holds work locations cannot be deleted.
 */
public final class Area {
    public static final int NAME_MAX = 255;
    public static final int DESCRIPTION_MAX = 2000;
    public static final Comparator<Area> BY_NAME = DanishCollation.comparing(Area::name);

    private final AreaId id;
    private String name;
    private String description;
    private final long version;

    private Area(AreaId id, String name, String description, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Texts.required("name", name, NAME_MAX);
        this.description = Texts.optional("description", description, DESCRIPTION_MAX);
        this.version = version;
    }

    /** A new area, not yet stored. */
    public static Area create(String name, String description) {
        return new Area(AreaId.newId(), name, description, 0);
    }

    /** An area as it was stored. */
    public static Area reconstitute(AreaId id, String name, String description, long version) {
        return new Area(id, name, description, version);
    }

    public void describe(String newName, String newDescription) {
        this.name = Texts.required("name", newName, NAME_MAX);
        this.description = Texts.optional("description", newDescription, DESCRIPTION_MAX);
    }

    /**
     * What deleting this area would do: it is blocked when it would leave the municipality without areas or orphan
     * work locations.
     *
     * @param areasInMunicipality how many areas exist, this one included
     * @param workLocations       how many work locations lie in this area
     */
    public Consequences consequencesOfDeletion(long areasInMunicipality, long workLocations) {
        List<Consequence> blockers = new ArrayList<>();
        if (areasInMunicipality <= 1) {
            blockers.add(Consequence.of("area.last_area"));
        }
        if (workLocations > 0) {
            blockers.add(Consequence.of("area.has_work_locations", "count", workLocations));
        }
        return new Consequences(blockers, List.of());
    }

    /** Refuses the deletion with the first blocker, named in the domain's language. */
    public void ensureDeletable(long areasInMunicipality, long workLocations) {
        if (areasInMunicipality <= 1) {
            throw new LastAreaCannotBeDeletedException(id);
        }
        if (workLocations > 0) {
            throw new AreaHasWorkLocationsException(id, workLocations);
        }
    }

    public AreaId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The version read from storage; used to detect concurrent changes. */
    public long version() {
        return version;
    }
}
