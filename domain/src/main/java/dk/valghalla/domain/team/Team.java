package dk.valghalla.domain.team;

import dk.valghalla.domain.shared.Consequence;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.shared.HasSeatsException;
import dk.valghalla.domain.shared.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A team: a party, a municipal department or the pool of volunteers, whose members staff the tasks of the work
 * locations the team works at. Names are unique within a municipality, ignoring case.
 */
public final class Team {
    public static final int NAME_MAX = 255;
    public static final int SHORT_NAME_MAX = 50;
    public static final int DESCRIPTION_MAX = 2000;

    private final TeamId id;
    private String name;
    private String shortName;
    private String description;
    private final long version;

    private Team(TeamId id, String name, String shortName, String description, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Texts.required("name", name, NAME_MAX);
        this.shortName = Texts.required("shortName", shortName, SHORT_NAME_MAX);
        this.description = Texts.optional("description", description, DESCRIPTION_MAX);
        this.version = version;
    }

    public static Team create(String name, String shortName, String description) {
        return new Team(TeamId.newId(), name, shortName, description, 0);
    }

    public static Team reconstitute(TeamId id, String name, String shortName, String description, long version) {
        return new Team(id, name, shortName, description, version);
    }

    public void revise(String newName, String newShortName, String newDescription) {
        this.name = Texts.required("name", newName, NAME_MAX);
        this.shortName = Texts.required("shortName", newShortName, SHORT_NAME_MAX);
        this.description = Texts.optional("description", newDescription, DESCRIPTION_MAX);
    }

    /**
     * What deleting the team would do (inventory §2.8): blocked while it works at a location of an active election,
     * and while it is the only team of a participant; otherwise it is removed from its work locations and its members
     * leave it (warnings).
     */
    public Consequences consequencesOfDeletion(TeamDeletionFacts facts) {
        List<Consequence> blockers = new ArrayList<>();
        List<Consequence> warnings = new ArrayList<>();
        if (facts.activeElections() > 0) {
            blockers.add(Consequence.of("team.in_active_election", "count", facts.activeElections()));
        }
        if (facts.membersWithoutOtherTeam() > 0) {
            blockers.add(Consequence.of("team.members_without_other_team", "count", facts.membersWithoutOtherTeam()));
        }
        if (facts.seats() > 0) {
            blockers.add(Consequence.of("team.has_tasks", "count", facts.seats()));
        }
        if (facts.workLocations() > 0) {
            warnings.add(Consequence.of("team.removed_from_work_locations", "count", facts.workLocations()));
        }
        if (facts.members() > 0) {
            warnings.add(Consequence.of("team.members_leave", "count", facts.members()));
        }
        return new Consequences(blockers, warnings);
    }

    /** Refuses the deletion with the first blocker, named in the domain's language. */
    public void ensureDeletable(TeamDeletionFacts facts) {
        if (facts.activeElections() > 0) {
            throw new TeamInActiveElectionException(id, facts.activeElections());
        }
        if (facts.membersWithoutOtherTeam() > 0) {
            throw new TeamMembersWithoutOtherTeamException(id, facts.membersWithoutOtherTeam());
        }
        if (facts.seats() > 0) {
            throw HasSeatsException.team(id, facts.seats());
        }
    }

    public TeamId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public String description() {
        return description;
    }

    public long version() {
        return version;
    }
}
