package dk.valghalla.application.task.port.in;

import dk.valghalla.domain.task.TaskSlot;

import java.util.Objects;

/** Gives a slot of an election this many seats. */
public record DistributeTasksCommand(TaskSlot slot, int count) {
    public DistributeTasksCommand {
        Objects.requireNonNull(slot, "slot");
    }
}
