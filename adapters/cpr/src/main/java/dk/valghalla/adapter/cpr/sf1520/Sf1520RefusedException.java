package dk.valghalla.adapter.cpr.sf1520;

/**
 * Serviceplatformen refused the call for a reason that asking again will not change (no service agreement,
 * certificate not registered, malformed request, HTTP 4xx). Not retried and not counted by the circuit breaker:
 * it is a configuration problem of one municipality, not an outage.
 */
public class Sf1520RefusedException extends RuntimeException {
    public Sf1520RefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
