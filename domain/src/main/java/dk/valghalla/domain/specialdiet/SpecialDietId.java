package dk.valghalla.domain.specialdiet;

import java.util.Objects;
import java.util.UUID;

public record SpecialDietId(UUID value) {
    public SpecialDietId {
        Objects.requireNonNull(value, "value");
    }

    public static SpecialDietId newId() {
        return new SpecialDietId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
