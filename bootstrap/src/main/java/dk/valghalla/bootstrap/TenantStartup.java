package dk.valghalla.bootstrap;

import dk.valghalla.application.tenant.port.in.PrepareTenantSchemasUseCase;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** At start-up, every tenant's schema is migrated before the first request is served. */
@ApplicationScoped
public class TenantStartup {
    static final int PRIORITY = 200;

    void prepareTenants(@Observes @Priority(PRIORITY) StartupEvent event, PrepareTenantSchemasUseCase tenants) {
        tenants.prepareAllTenantSchemas();
    }
}
