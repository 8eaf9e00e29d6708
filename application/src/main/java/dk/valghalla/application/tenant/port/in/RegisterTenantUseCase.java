package dk.valghalla.application.tenant.port.in;

import dk.valghalla.domain.tenant.Tenant;

public interface RegisterTenantUseCase {
    /** Registers a municipality, creates and migrates its schema. */
    Tenant registerTenant(RegisterTenantCommand command);
}
