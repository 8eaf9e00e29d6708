package dk.valghalla.adapter.rest.admin.audit;

import java.util.List;

public record AuditPageResponse(List<AuditEntryResponse> items, long total, int page, int size) {
}
