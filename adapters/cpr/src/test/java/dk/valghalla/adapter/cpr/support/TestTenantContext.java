package dk.valghalla.adapter.cpr.support;

import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.tenant.Tenant;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant context of the test app (the application module's beans are not part of it): one municipality per
 * thread, entered for the duration of a call.
 */
@Singleton
public class TestTenantContext extends TenantContext {
    private final ThreadLocal<Tenant> current = new ThreadLocal<>();

    public <T> T callAs(Tenant tenant, Supplier<T> work) {
        Tenant previous = current.get();
        current.set(tenant);
        try {
            return work.get();
        } finally {
            current.set(previous);
        }
    }

    @Override
    public void enter(Tenant t) {
        current.set(t);
    }

    @Override
    public Optional<Tenant> current() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public Tenant tenant() {
        return current().orElseThrow(() -> new IllegalStateException("No tenant in this context"));
    }
}
