package dk.valghalla.domain.worklocation;

import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.shared.Consequence;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.team.TeamId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A work location (<i>arbejdssted</i>): a polling station or a counting site in an area, with the teams that staff
 * its tasks. Titles are unique within a municipality, ignoring case. While an election that contains the location is
 * active, the location cannot be deleted and its teams cannot change (the seats of the election hang on them).
 *
 * <p>The task types that apply at a location are held the same way as the teams: the task-type work adds a set of
 * task-type ids next to {@link #teams()}, guarded by the same active-election rule.
 */
public final class WorkLocation {
    private final WorkLocationId id;
    private WorkLocationDetails details;
    private Set<TeamId> teams;
    private final long version;

    private WorkLocation(WorkLocationId id, WorkLocationDetails details, Set<TeamId> teams, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.teams = copy(teams);
        this.version = version;
    }

    public static WorkLocation create(WorkLocationDetails details, Set<TeamId> teams) {
        return new WorkLocation(WorkLocationId.newId(), details, teams, 0);
    }

    public static WorkLocation reconstitute(WorkLocationId id, WorkLocationDetails details, Set<TeamId> teams,
                                            long version) {
        return new WorkLocation(id, details, teams, version);
    }

    /**
     * Replaces the details and the teams.
     *
     * @param activeElections how many active elections contain this location; while there are any, the teams must
     *                        stay as they are
     */
    public void revise(WorkLocationDetails newDetails, Set<TeamId> newTeams, long activeElections) {
        Set<TeamId> teamsAfter = copy(newTeams);
        if (activeElections > 0 && !teamsAfter.equals(teams)) {
            throw new WorkLocationInActiveElectionException(id, activeElections);
        }
        this.details = Objects.requireNonNull(newDetails, "details");
        this.teams = teamsAfter;
    }

    /**
     * What deleting the location would do: blocked while an active election contains it; otherwise it leaves the
     * inactive elections that contain it (a warning).
     */
    public Consequences consequencesOfDeletion(long activeElections, long inactiveElections) {
        List<Consequence> blockers = new ArrayList<>();
        List<Consequence> warnings = new ArrayList<>();
        if (activeElections > 0) {
            blockers.add(Consequence.of("work_location.in_active_election", "count", activeElections));
        }
        if (inactiveElections > 0) {
            warnings.add(Consequence.of("work_location.removed_from_elections", "count", inactiveElections));
        }
        return new Consequences(blockers, warnings);
    }

    public void ensureDeletable(long activeElections) {
        if (activeElections > 0) {
            throw new WorkLocationInActiveElectionException(id, activeElections);
        }
    }

    private static Set<TeamId> copy(Set<TeamId> teams) {
        return teams == null ? Set.of() : Set.copyOf(teams);
    }

    public WorkLocationId id() {
        return id;
    }

    public WorkLocationDetails details() {
        return details;
    }

    public AreaId area() {
        return details.area();
    }

    public String title() {
        return details.title();
    }

    public Set<TeamId> teams() {
        return teams;
    }

    public long version() {
        return version;
    }
}
