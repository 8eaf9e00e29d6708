package dk.valghalla.domain.task;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.shared.RuleViolationException;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.time.LocalDate;

/** The election and its work location do not offer the slot asked for, or its seats cannot be counted down so far. */
public class TaskSlotException extends RuleViolationException {
    private TaskSlotException(String code, String message) {
        super(code, message);
    }

    static TaskSlotException workLocationNotInElection(WorkLocationId location, ElectionId election) {
        return new TaskSlotException("task.work_location_not_in_election",
                "Work location " + location + " does not take part in election " + election);
    }

    static TaskSlotException taskTypeNotAtWorkLocation(TaskTypeId taskType, WorkLocationId location) {
        return new TaskSlotException("task.task_type_not_at_work_location",
                "Task type " + taskType + " is not done at work location " + location);
    }

    static TaskSlotException teamNotAtWorkLocation(TeamId team, WorkLocationId location) {
        return new TaskSlotException("task.team_not_at_work_location",
                "Team " + team + " is not at work location " + location);
    }

    static TaskSlotException dateOutsidePeriod(LocalDate date, ElectionId election) {
        return new TaskSlotException("task.date_outside_period",
                date + " lies outside the period of election " + election);
    }

    static TaskSlotException countBelowTaken(int count, long taken) {
        return new TaskSlotException("task.count_below_taken",
                "The slot cannot have " + count + " seats: " + taken + " are held by people");
    }
}
