package dk.valghalla.application.tenant.port.out;

import dk.valghalla.domain.tenant.Tenant;

/** The tenants' own database schemas. */
public interface TenantSchemas {
    /** Creates the tenant's schema when it is missing and migrates it to the newest version. Idempotent. */
    void prepare(Tenant tenant);
}
