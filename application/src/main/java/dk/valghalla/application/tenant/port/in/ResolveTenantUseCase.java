package dk.valghalla.application.tenant.port.in;

import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.Tenant;

import java.util.Optional;

public interface ResolveTenantUseCase {
    /** The tenant served at this host, from memory only: never blocks, may be a little stale. */
    Optional<Tenant> cachedTenantAt(HostName host);

    /** The tenant served at this host; on a miss, re-reads the registry (rate-limited). May block. */
    Optional<Tenant> tenantAt(HostName host);
}
