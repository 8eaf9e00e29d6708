package dk.valghalla.application.task.port.in;

import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.task.TaskId;

import java.util.Objects;

/** Places a participant on a free seat; {@code expectedVersion} is the seat's version the admin saw. */
public record AssignTaskCommand(TaskId task, ParticipantId participant, long expectedVersion) {
    public AssignTaskCommand {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(participant, "participant");
    }
}
