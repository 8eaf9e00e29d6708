package dk.valghalla.application.audit.port.in;

import dk.valghalla.application.shared.Page;
import dk.valghalla.domain.audit.AuditEntry;

public interface SearchAuditLogUseCase {
    Page<AuditEntry> searchAuditLog(SearchAuditLogQuery query);
}
