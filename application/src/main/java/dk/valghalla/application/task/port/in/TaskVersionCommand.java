package dk.valghalla.application.task.port.in;

import dk.valghalla.domain.task.TaskId;

import java.util.Objects;

/** Acts on one seat as the admin saw it (its version). */
public record TaskVersionCommand(TaskId task, long expectedVersion) {
    public TaskVersionCommand {
        Objects.requireNonNull(task, "task");
    }
}
