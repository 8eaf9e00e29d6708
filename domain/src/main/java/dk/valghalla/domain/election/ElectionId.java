package dk.valghalla.domain.election;

import java.util.Objects;
import java.util.UUID;

public record ElectionId(UUID value) {
    public ElectionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
