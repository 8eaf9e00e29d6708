package dk.valghalla.application.audit.port.in;

import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.audit.AuditFilter;

public record SearchAuditLogQuery(AuditFilter filter, PageRequest page) {
}
