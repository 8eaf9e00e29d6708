package dk.valghalla.application.fakes;

import dk.valghalla.application.tenant.port.out.TenantRegistry;
import dk.valghalla.domain.tenant.Tenant;

import java.util.ArrayList;
import java.util.List;

public class InMemoryTenantRegistry implements TenantRegistry {
    private final List<Tenant> tenants = new ArrayList<>();
    private int reads;

    @Override
    public List<Tenant> findAll() {
        reads++;
        return List.copyOf(tenants);
    }

    @Override
    public void add(Tenant tenant) {
        tenants.add(tenant);
    }

    public int reads() {
        return reads;
    }
}
