package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.DomainException;

import java.time.Duration;
import java.util.Optional;

/**
 * The CPR register cannot answer now (outage, time-out, overload, refused call). Unlike a refusal by the domain this
 * says nothing about the person: the same question may succeed later. Clients show "try again later"; the REST
 * layer answers 503 with {@code Retry-After} when {@link #retryAfter()} is known.
 */
public class PersonRegisterUnavailableException extends DomainException {
    public static final String CODE = "cpr.unavailable";

    private final Duration retryAfter;

    public PersonRegisterUnavailableException(String detail, Throwable cause) {
        this(detail, null, cause);
    }

    public PersonRegisterUnavailableException(String detail, Duration retryAfter, Throwable cause) {
        super(CODE, "The CPR register is unavailable: " + detail);
        this.retryAfter = retryAfter;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** How long the caller should wait before asking again, when known (e.g. while the circuit is open). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
