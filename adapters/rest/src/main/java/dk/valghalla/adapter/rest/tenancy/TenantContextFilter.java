package dk.valghalla.adapter.rest.tenancy;

import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.tenant.Tenant;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Hands the tenant that {@link TenantHostFilter} resolved to the application for this request. */
public class TenantContextFilter {

    @Inject
    TenantContext tenantContext;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void enterTenant(RoutingContext rc) {
        Tenant tenant = rc.get(TenantHostFilter.TENANT);
        if (tenant != null) {
            tenantContext.enter(tenant);
        }
    }
}
