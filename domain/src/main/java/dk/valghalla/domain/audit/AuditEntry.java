package dk.valghalla.domain.audit;

import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.shared.CprNumber;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the audit log (<i>revisionslog</i>): who did what to which object, and when. The summary is written
 * for people; any CPR number in it is masked before it is stored.
 */
public record AuditEntry(UUID id, Instant occurredAt, Actor actor, AuditAction action, String objectType,
                         String objectId, String summary) {
    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        objectId = CprNumber.maskAll(objectId);
        summary = CprNumber.maskAll(summary == null ? "" : summary);
    }

    public static AuditEntry of(Instant occurredAt, Actor actor, AuditAction action, String objectType, Object objectId,
                                String summary) {
        return new AuditEntry(UUID.randomUUID(), occurredAt, actor, action, objectType,
                objectId == null ? null : objectId.toString(), summary);
    }
}
