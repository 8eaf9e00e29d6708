package dk.valghalla.adapter.cpr.support;

import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;

import java.util.Map;
import java.util.Set;

public final class TestMunicipalities {
    /** Calls with AuthorityContext (the default); the fixtures' home municipality. */
    public static final Tenant DEMO = new Tenant(new TenantId("demo"), "Demo Kommune", new MunicipalityCode("0999"),
            new Cvr("29189846"), Set.of(new HostName("demo.localhost")), Map.of());
    /** Calls with InvocationContext (see application.properties). */
    public static final Tenant INVOKER = new Tenant(new TenantId("invoker"), "Nabo Kommune", new MunicipalityCode("0998"),
            new Cvr("29189854"), Set.of(new HostName("nabo.localhost")), Map.of());

    private TestMunicipalities() {
    }
}
