package dk.valghalla.application.audit.port.out;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.audit.AuditFilter;

/** The current tenant's audit log. Appending joins the caller's transaction. */
public interface AuditLog {
    void append(AuditEntry entry);

    /** Newest first. */
    Page<AuditEntry> search(AuditFilter filter, PageRequest page);
}
