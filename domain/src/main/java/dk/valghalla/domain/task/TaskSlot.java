package dk.valghalla.domain.task;

import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A slot of an election: the seats of one task type for one team at one work location on one day. Distribution sets
 * how many seats a slot has; all seats of a slot are alike.
 */
public record TaskSlot(ElectionId election, WorkLocationId workLocation, TaskTypeId taskType, TeamId team,
                       LocalDate date) {
    public TaskSlot {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(workLocation, "workLocation");
        Objects.requireNonNull(taskType, "taskType");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(date, "date");
    }

    /**
     * Refuses a slot that the election and the work location do not offer: the work location must take part in the
     * election, do the task type and have the team, and the day must lie within the election period.
     */
    public void ensureOfferedBy(Election theElection, WorkLocation location) {
        if (!theElection.id().equals(election) || !location.id().equals(workLocation)) {
            throw new IllegalArgumentException("slot " + this + " checked against the wrong election or location");
        }
        if (!theElection.workLocations().contains(workLocation)) {
            throw TaskSlotException.workLocationNotInElection(workLocation, election);
        }
        if (!location.taskTypes().contains(taskType)) {
            throw TaskSlotException.taskTypeNotAtWorkLocation(taskType, workLocation);
        }
        if (!location.teams().contains(team)) {
            throw TaskSlotException.teamNotAtWorkLocation(team, workLocation);
        }
        if (!theElection.period().contains(date)) {
            throw TaskSlotException.dateOutsidePeriod(date, election);
        }
    }
}
