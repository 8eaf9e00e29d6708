package dk.valghalla.domain.electiontype;

import dk.valghalla.domain.shared.Consequence;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.shared.Texts;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An election type (<i>valgtype</i>), e.g. "Folketingsvalg" or "Kommunal- og regionsrådsvalg", with the eligibility
 * rules that apply to the people who staff its elections. Titles are unique within a municipality; a type that an
 * election uses cannot be deleted.
 */
public final class ElectionType {
    public static final int TITLE_MAX = 255;

    private final ElectionTypeId id;
    private String title;
    private Set<EligibilityRule> rules;
    private final long version;

    private ElectionType(ElectionTypeId id, String title, Set<EligibilityRule> rules, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Texts.required("title", title, TITLE_MAX);
        this.rules = copy(rules);
        this.version = version;
    }

    public static ElectionType create(String title, Set<EligibilityRule> rules) {
        return new ElectionType(ElectionTypeId.newId(), title, rules, 0);
    }

    public static ElectionType reconstitute(ElectionTypeId id, String title, Set<EligibilityRule> rules, long version) {
        return new ElectionType(id, title, rules, version);
    }

    public void revise(String newTitle, Set<EligibilityRule> newRules) {
        this.title = Texts.required("title", newTitle, TITLE_MAX);
        this.rules = copy(newRules);
    }

    public boolean requires(EligibilityRule rule) {
        return rules.contains(rule);
    }

    /** @param electionsUsingIt how many elections (active or not) are of this type */
    public Consequences consequencesOfDeletion(long electionsUsingIt) {
        return electionsUsingIt > 0
                ? new Consequences(List.of(Consequence.of("election_type.in_use", "count", electionsUsingIt)), List.of())
                : Consequences.NONE;
    }

    public void ensureDeletable(long electionsUsingIt) {
        if (electionsUsingIt > 0) {
            throw new ElectionTypeInUseException(id, electionsUsingIt);
        }
    }

    private static Set<EligibilityRule> copy(Set<EligibilityRule> rules) {
        return rules == null || rules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rules));
    }

    public ElectionTypeId id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The rules, in their declaration order. */
    public Set<EligibilityRule> rules() {
        return rules.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(rules));
    }

    public long version() {
        return version;
    }
}
