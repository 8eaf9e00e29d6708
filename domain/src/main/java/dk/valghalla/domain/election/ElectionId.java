package dk.valghalla.domain.election;

import java.util.Objects;
import java.util.UUID;

public record ElectionId(UUID value) {
    public ElectionId {
        Objects.requireNonNull(value, "value");
    }

    public static ElectionId newId() {
        return new ElectionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
