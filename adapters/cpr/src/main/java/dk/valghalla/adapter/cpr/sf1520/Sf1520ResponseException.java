package dk.valghalla.adapter.cpr.sf1520;

/** The register answered, but the answer lacks what Valghalla needs (e.g. no status). */
public class Sf1520ResponseException extends RuntimeException {
    public Sf1520ResponseException(String message) {
        super(message);
    }
}
