package dk.valghalla.application.task.port.in;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.time.LocalDate;
import java.util.Objects;

/** The accepted seats of an election to export, optionally of one task type, work location or day; and the format. */
public record ExportElectionSystemQuery(ElectionId election, TaskTypeId taskType, WorkLocationId workLocation,
                                        LocalDate date, String format) {
    public ExportElectionSystemQuery {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(format, "format");
    }
}
