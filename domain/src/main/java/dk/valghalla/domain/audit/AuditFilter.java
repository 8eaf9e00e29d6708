package dk.valghalla.domain.audit;

import java.time.Instant;

/** Which audit entries to show; every criterion is optional (null = any). {@code to} is exclusive. */
public record AuditFilter(AuditAction action, String objectType, String actorText, Instant from, Instant to) {
    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        objectType = blankToNull(objectType);
        actorText = blankToNull(actorText);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
