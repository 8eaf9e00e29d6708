package dk.valghalla.domain.tenant;

import dk.valghalla.domain.shared.RuleViolationException;

public class TenantAlreadyExistsException extends RuleViolationException {
    public TenantAlreadyExistsException(TenantId id) {
        super("tenant.exists", "Tenant " + id + " already exists");
    }
}
