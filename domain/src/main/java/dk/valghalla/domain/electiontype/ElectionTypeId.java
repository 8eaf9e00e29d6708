package dk.valghalla.domain.electiontype;

import java.util.Objects;
import java.util.UUID;

public record ElectionTypeId(UUID value) {
    public ElectionTypeId {
        Objects.requireNonNull(value, "value");
    }

    public static ElectionTypeId newId() {
        return new ElectionTypeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
