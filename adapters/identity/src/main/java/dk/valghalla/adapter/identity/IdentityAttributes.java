package dk.valghalla.adapter.identity;

/** Attributes this adapter puts on a security identity. */
final class IdentityAttributes {
    static final String NAME = "valghalla.name";
    static final String SUBJECT = "valghalla.subject";
    static final String CPR = "valghalla.cpr";

    private IdentityAttributes() {
    }
}
