package dk.valghalla.adapter.rest.admin.audit;

import java.time.Instant;
import java.util.UUID;

public record AuditEntryResponse(UUID id, Instant occurredAt, String actor, String action, String objectType,
                                 String objectId, String summary) {
}
