package dk.valghalla.application.tenant.port.out;

import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;

import java.util.List;
import java.util.Optional;

/** The control register of all municipalities. */
public interface TenantRegistry {
    List<Tenant> findAll();

    Optional<Tenant> findById(TenantId id);

    /** Stores a new tenant in its own transaction. */
    void add(Tenant tenant);
}
