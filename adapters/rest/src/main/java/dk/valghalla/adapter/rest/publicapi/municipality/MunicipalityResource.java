package dk.valghalla.adapter.rest.publicapi.municipality;

import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.tenant.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The public face of the municipality whose host was called: for the participant front page. */
@Path("/api/public/municipality")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {
    public record MunicipalityResponse(String name, String municipalityCode) {
    }

    private final TenantContext tenantContext;

    public MunicipalityResource(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    @GET
    public MunicipalityResponse show() {
        Tenant tenant = tenantContext.tenant();
        return new MunicipalityResponse(tenant.name(), tenant.municipalityCode().value());
    }
}
