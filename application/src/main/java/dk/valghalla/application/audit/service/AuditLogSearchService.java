package dk.valghalla.application.audit.service;

import dk.valghalla.application.audit.port.in.SearchAuditLogQuery;
import dk.valghalla.application.audit.port.in.SearchAuditLogUseCase;
import dk.valghalla.application.audit.port.out.AuditLog;
import dk.valghalla.application.shared.Page;
import dk.valghalla.domain.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class AuditLogSearchService implements SearchAuditLogUseCase {
    private final AuditLog auditLog;

    public AuditLogSearchService(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    public Page<AuditEntry> searchAuditLog(SearchAuditLogQuery query) {
        return auditLog.search(query.filter(), query.page());
    }
}
