package dk.valghalla.application.tenant;

import dk.valghalla.domain.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import java.util.function.Supplier;

/** Runs work for one tenant outside an HTTP request: start-up seeding, jobs. Jobs always carry their tenant explicitly. */
@ApplicationScoped
public class TenantWork {
    private final TenantContext tenantContext;

    public TenantWork(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    /** Runs the work as the given tenant; the context's previous tenant (if any) is restored afterwards. */
    @ActivateRequestContext
    public <T> T callAs(Tenant tenant, Supplier<T> work) {
        Tenant previous = tenantContext.swap(tenant);
        try {
            return work.get();
        } finally {
            tenantContext.swap(previous);
        }
    }

    public void runAs(Tenant tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }
}
