package dk.valghalla.application.tenant;

import dk.valghalla.domain.tenant.Tenant;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * The municipality the current request (or job step) works for. The inbound adapter enters it once per request from
 * the request's host; the persistence adapter reads it to pick the tenant's schema. It can never change within one
 * request, so a request can never touch two tenants' data.
 */
@RequestScoped
public class TenantContext {
    private Tenant tenant;

    public void enter(Tenant t) {
        if (tenant != null && !tenant.id().equals(t.id())) {
            throw new IllegalStateException("A request cannot switch from tenant " + tenant.id() + " to " + t.id());
        }
        tenant = t;
    }

    /** For {@link TenantWork} only: work outside HTTP requests may run for several tenants one after the other. */
    Tenant swap(Tenant next) {
        Tenant previous = tenant;
        tenant = next;
        return previous;
    }

    public Optional<Tenant> current() {
        return Optional.ofNullable(tenant);
    }

    /** The current tenant; fails loudly when code runs outside any tenant. */
    public Tenant tenant() {
        if (tenant == null) {
            throw new IllegalStateException("No tenant in this context");
        }
        return tenant;
    }
}
