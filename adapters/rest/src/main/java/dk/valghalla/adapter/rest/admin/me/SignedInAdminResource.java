package dk.valghalla.adapter.rest.admin.me;

import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.identity.port.in.ShowSignedInUserUseCase;
import dk.valghalla.application.identity.port.in.SignedInUser;
import dk.valghalla.application.tenant.TenantContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

/** Who the signed-in admin is; the SPA's admin area starts here (401: sign in, 403: no access here). */
@Path("/api/admin/me")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SignedInAdminResource {
    public record SignedInAdminResponse(String name, String municipality, Set<String> roles) {
    }

    private final ShowSignedInUserUseCase showSignedInUser;
    private final SecurityIdentity identity;
    private final TenantContext tenantContext;

    public SignedInAdminResource(ShowSignedInUserUseCase showSignedInUser, SecurityIdentity identity,
                                 TenantContext tenantContext) {
        this.showSignedInUser = showSignedInUser;
        this.identity = identity;
        this.tenantContext = tenantContext;
    }

    @GET
    public SignedInAdminResponse me() {
        SignedInUser user = showSignedInUser.showSignedInUser(identity.getRoles());
        return new SignedInAdminResponse(user.name(), tenantContext.tenant().name(), user.roles());
    }
}
