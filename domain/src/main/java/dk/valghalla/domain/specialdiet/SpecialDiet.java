package dk.valghalla.domain.specialdiet;

import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.shared.Texts;

import java.util.Objects;

/**
 * A special diet (<i>specialkost</i>) that participants can state, e.g. "Vegetar" or "Glutenfri", so that the
 * election office orders the right food for election day. Titles are unique within a municipality.
 */
public final class SpecialDiet {
    public static final int TITLE_MAX = 255;

    private final SpecialDietId id;
    private String title;
    private final long version;

    private SpecialDiet(SpecialDietId id, String title, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Texts.required("title", title, TITLE_MAX);
        this.version = version;
    }

    public static SpecialDiet create(String title) {
        return new SpecialDiet(SpecialDietId.newId(), title, 0);
    }

    public static SpecialDiet reconstitute(SpecialDietId id, String title, long version) {
        return new SpecialDiet(id, title, version);
    }

    public void rename(String newTitle) {
        this.title = Texts.required("title", newTitle, TITLE_MAX);
    }

    /**
     * Nothing blocks the deletion of a diet. The participants who stated it and active elections will appear here as
     * warnings once participants exist (the diet is then removed from their profiles).
     */
    public Consequences consequencesOfDeletion() {
        return Consequences.NONE;
    }

    public SpecialDietId id() {
        return id;
    }

    public String title() {
        return title;
    }

    public long version() {
        return version;
    }
}
