package dk.valghalla.domain.shared;

import java.util.Map;
import java.util.Objects;

/**
 * One consequence of a destructive action, named by a stable code (e.g. {@code area.has_work_locations}) with the
 * figures a person needs to understand it (e.g. {@code count=3}).
 */
public record Consequence(String code, Map<String, String> params) {
    public Consequence {
        Objects.requireNonNull(code, "code");
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public static Consequence of(String code) {
        return new Consequence(code, Map.of());
    }

    public static Consequence of(String code, String param, Object value) {
        return new Consequence(code, Map.of(param, String.valueOf(value)));
    }
}
