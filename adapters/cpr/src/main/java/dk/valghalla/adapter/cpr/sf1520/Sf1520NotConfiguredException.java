package dk.valghalla.adapter.cpr.sf1520;

/** The configuration does not allow an SF1520 call for this municipality. Never retried. */
public class Sf1520NotConfiguredException extends RuntimeException {
    public Sf1520NotConfiguredException(String message) {
        super(message);
    }
}
