package dk.valghalla.application.fakes;

import dk.valghalla.application.tenant.port.out.TenantSchemas;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;

import java.util.ArrayList;
import java.util.List;

public class RecordingTenantSchemas implements TenantSchemas {
    private final List<TenantId> prepared = new ArrayList<>();

    @Override
    public void prepare(Tenant tenant) {
        prepared.add(tenant.id());
    }

    public List<TenantId> prepared() {
        return List.copyOf(prepared);
    }
}
