package dk.valghalla.application.identity;

/**
 * The application's own role names. The identity adapter grants them from the identity provider's claims (never
 * passes the provider's role names through); inbound adapters guard their endpoints with them.
 */
public final class Roles {
    /** An election-office employee of the municipality the request is for. */
    public static final String ADMIN = "admin";
    /** A citizen signed in with MitID. */
    public static final String PARTICIPANT = "participant";

    private Roles() {
    }
}
