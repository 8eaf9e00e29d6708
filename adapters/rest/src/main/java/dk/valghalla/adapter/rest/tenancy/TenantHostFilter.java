package dk.valghalla.adapter.rest.tenancy;

import dk.valghalla.adapter.rest.error.ProblemResponses;
import dk.valghalla.application.tenant.port.in.ResolveTenantUseCase;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * Resolves the tenant from the request's {@code Host} before anything else runs, for every path (API, SPA and static
 * files alike). An unknown host gets a 404 with no data. Only the operator API and the management endpoints
 * ({@code /q/...}: health, metrics, OpenAPI) are served regardless of host, and the paths listed in
 * {@code valghalla.tenancy.host-free-paths} (prefixes; the local run and the tests list the fake CPR register,
 * {@code /soap/sf1520-fake}, which the app calls on itself at {@code localhost}).
 */
@ApplicationScoped
public class TenantHostFilter {
    /** Where the resolved tenant is kept for the rest of the request. */
    public static final String TENANT = "valghalla.tenant";
    static final int PRIORITY = 1000;

    private final ResolveTenantUseCase tenants;
    private final List<String> hostFreePaths;

    public TenantHostFilter(ResolveTenantUseCase tenants,
                            @ConfigProperty(name = "valghalla.tenancy.host-free-paths") Optional<List<String>> hostFreePaths) {
        this.tenants = tenants;
        this.hostFreePaths = hostFreePaths.orElse(List.of()).stream().map(String::strip).filter(p -> p.startsWith("/"))
                .toList();
    }

    void register(@Observes Filters filters) {
        filters.register(this::resolve, PRIORITY);
    }

    static boolean isTenantFree(String path) {
        return path.startsWith("/q/") || path.equals("/q") || path.startsWith("/api/operator/") || path.equals("/api/operator");
    }

    void resolve(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (isTenantFree(path) || hostFreePaths.stream().anyMatch(path::startsWith)) {
            rc.next();
            return;
        }
        HostName host = HostName.fromHostHeader(rc.request().getHeader("Host"));
        Optional<Tenant> cached = tenants.cachedTenantAt(host);
        if (cached.isPresent()) {
            proceed(rc, cached.get());
            return;
        }
        rc.request().pause();
        rc.vertx().<Optional<Tenant>>executeBlocking(() -> tenants.tenantAt(host), false).onComplete(result -> {
            rc.request().resume();
            if (result.succeeded() && result.result().isPresent()) {
                proceed(rc, result.result().get());
            } else {
                rc.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                        .end(ProblemResponses.json(404, "Unknown municipality", "tenant.unknown"));
            }
        });
    }

    private static void proceed(RoutingContext rc, Tenant tenant) {
        rc.put(TENANT, tenant);
        rc.next();
    }
}
