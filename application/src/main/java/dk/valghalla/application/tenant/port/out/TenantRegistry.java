package dk.valghalla.application.tenant.port.out;

import dk.valghalla.domain.tenant.Tenant;

import java.util.List;

/** The control register of all municipalities. */
public interface TenantRegistry {
    List<Tenant> findAll();

    /** Stores a new tenant in its own transaction. */
    void add(Tenant tenant);
}
