package dk.valghalla.adapter.persistence.shared;

import org.hibernate.exception.ConstraintViolationException;

import java.util.Optional;

/** Finds out whether a persistence failure was a violation of a particular database constraint. */
public final class ConstraintViolations {
    private ConstraintViolations() {
    }

    public static Optional<ConstraintViolationException> named(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException v && constraint.equalsIgnoreCase(v.getConstraintName())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
