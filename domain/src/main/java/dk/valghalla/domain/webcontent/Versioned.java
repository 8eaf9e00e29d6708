package dk.valghalla.domain.webcontent;

import java.util.Objects;
import java.util.function.Function;

/**
 * A stored value with the version it has in storage. Version 0 means "never saved": saving with expected version 0
 * creates the value; every save increments the version, so two people editing the same page cannot overwrite each
 * other unnoticed.
 */
public record Versioned<T>(T value, long version) {
    public static final long NEVER_SAVED = 0;

    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version <= NEVER_SAVED) {
            throw new IllegalArgumentException("A stored value has a positive version");
        }
    }

    public <R> Versioned<R> map(Function<? super T, ? extends R> f) {
        return new Versioned<>(f.apply(value), version);
    }
}
