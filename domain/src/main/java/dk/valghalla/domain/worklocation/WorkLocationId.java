package dk.valghalla.domain.worklocation;

import java.util.Objects;
import java.util.UUID;

public record WorkLocationId(UUID value) {
    public WorkLocationId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkLocationId newId() {
        return new WorkLocationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
