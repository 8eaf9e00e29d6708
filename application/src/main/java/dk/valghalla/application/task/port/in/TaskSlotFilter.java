package dk.valghalla.application.task.port.in;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.task.TaskStatus;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.time.LocalDate;
import java.util.Objects;

/** Which seats of an election to show; every criterion but the election is optional. */
public record TaskSlotFilter(ElectionId election, WorkLocationId workLocation, TaskTypeId taskType, TeamId team,
                             LocalDate date, TaskStatus status) {
    public TaskSlotFilter {
        Objects.requireNonNull(election, "election");
    }

    public static TaskSlotFilter all(ElectionId election) {
        return new TaskSlotFilter(election, null, null, null, null, null);
    }
}
