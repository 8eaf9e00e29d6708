package dk.valghalla.application.fakes;

import dk.valghalla.application.tenant.port.out.TenantRegistry;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class InMemoryTenantRegistry implements TenantRegistry {
    private final List<Tenant> tenants = new ArrayList<>();
    private int reads;

    @Override
    public List<Tenant> findAll() {
        reads++;
        return List.copyOf(tenants);
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return tenants.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    public void add(Tenant tenant) {
        tenants.add(tenant);
    }

    public int reads() {
        return reads;
    }
}
