package dk.valghalla.domain.tasktype;

import java.util.Objects;
import java.util.UUID;

public record TaskTypeId(UUID value) {
    public TaskTypeId {
        Objects.requireNonNull(value, "value");
    }

    public static TaskTypeId newId() {
        return new TaskTypeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
