package dk.valghalla.domain.worklocation;

import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.shared.Consequence;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.shared.HasSeatsException;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A work location (<i>arbejdssted</i>): a polling station or a counting site in an area, with the teams that staff
 * its tasks and the task types done there. Titles are unique within a municipality, ignoring case. While an election
 * that contains the location is active, the location cannot be deleted and its teams and task types cannot change
 * (the seats of the election hang on them).
 */
public final class WorkLocation {
    private final WorkLocationId id;
    private WorkLocationDetails details;
    private Set<TeamId> teams;
    private Set<TaskTypeId> taskTypes;
    private final long version;

    private WorkLocation(WorkLocationId id, WorkLocationDetails details, Set<TeamId> teams, Set<TaskTypeId> taskTypes,
                         long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.teams = copy(teams);
        this.taskTypes = copy(taskTypes);
        this.version = version;
    }

    public static WorkLocation create(WorkLocationDetails details, Set<TeamId> teams, Set<TaskTypeId> taskTypes) {
        return new WorkLocation(WorkLocationId.newId(), details, teams, taskTypes, 0);
    }

    public static WorkLocation reconstitute(WorkLocationId id, WorkLocationDetails details, Set<TeamId> teams,
                                            Set<TaskTypeId> taskTypes, long version) {
        return new WorkLocation(id, details, teams, taskTypes, version);
    }

    /**
     * Replaces the details, the teams and the task types.
     *
     * @param activeElections how many active elections contain this location; while there are any, the teams and
     *                        the task types must stay as they are
     */
    public void revise(WorkLocationDetails newDetails, Set<TeamId> newTeams, Set<TaskTypeId> newTaskTypes,
                       long activeElections) {
        Set<TeamId> teamsAfter = copy(newTeams);
        Set<TaskTypeId> taskTypesAfter = copy(newTaskTypes);
        if (activeElections > 0 && (!teamsAfter.equals(teams) || !taskTypesAfter.equals(taskTypes))) {
            throw new WorkLocationInActiveElectionException(id, activeElections);
        }
        this.details = Objects.requireNonNull(newDetails, "details");
        this.teams = teamsAfter;
        this.taskTypes = taskTypesAfter;
    }

    /**
     * What deleting the location would do: blocked while an active election contains it or seats of any election lie
     * there; otherwise it leaves the inactive elections that contain it (a warning).
     */
    public Consequences consequencesOfDeletion(long activeElections, long inactiveElections, long seats) {
        List<Consequence> blockers = new ArrayList<>();
        List<Consequence> warnings = new ArrayList<>();
        if (activeElections > 0) {
            blockers.add(Consequence.of("work_location.in_active_election", "count", activeElections));
        }
        if (seats > 0) {
            blockers.add(Consequence.of("work_location.has_tasks", "count", seats));
        }
        if (inactiveElections > 0) {
            warnings.add(Consequence.of("work_location.removed_from_elections", "count", inactiveElections));
        }
        return new Consequences(blockers, warnings);
    }

    public void ensureDeletable(long activeElections, long seats) {
        if (activeElections > 0) {
            throw new WorkLocationInActiveElectionException(id, activeElections);
        }
        if (seats > 0) {
            throw HasSeatsException.workLocation(id, seats);
        }
    }

    private static <T> Set<T> copy(Set<T> ids) {
        return ids == null ? Set.of() : Set.copyOf(ids);
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

    public Set<TaskTypeId> taskTypes() {
        return taskTypes;
    }

    public long version() {
        return version;
    }
}
