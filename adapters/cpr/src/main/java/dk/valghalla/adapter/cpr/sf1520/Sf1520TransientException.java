package dk.valghalla.adapter.cpr.sf1520;

/** A failure that may pass by itself: I/O error, time-out, HTTP 5xx, a server-side SOAP fault. Retried. */
public class Sf1520TransientException extends RuntimeException {
    public Sf1520TransientException(String message, Throwable cause) {
        super(message, cause);
    }
}
