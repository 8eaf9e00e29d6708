package dk.valghalla.domain.shared;

import java.util.Objects;

/**
 * Who does something: an election-office admin, a participant, an operator or the system itself. Participants are
 * identified by their masked CPR number only, so an actor can be written to the audit log as it is.
 */
public record Actor(Kind kind, String id, String displayName) {
    public enum Kind { ADMIN, PARTICIPANT, OPERATOR, SYSTEM }

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "system", "Valghalla");
    /** Whoever holds the operator token of the installation (not a municipality's employee). */
    public static final Actor OPERATOR = new Actor(Kind.OPERATOR, "operator", "Operator");

    public Actor {
        Objects.requireNonNull(kind, "kind");
        id = CprNumber.maskAll(Objects.requireNonNull(id, "id"));
        displayName = CprNumber.maskAll(displayName == null || displayName.isBlank() ? id : displayName);
    }

    public static Actor admin(String subject, String displayName) {
        return new Actor(Kind.ADMIN, subject, displayName);
    }

    public static Actor participant(CprNumber cpr, String displayName) {
        return new Actor(Kind.PARTICIPANT, cpr.masked(), displayName);
    }

    /** For lists and the audit log: "Ada Admin (admin)". */
    public String describe() {
        return displayName + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
