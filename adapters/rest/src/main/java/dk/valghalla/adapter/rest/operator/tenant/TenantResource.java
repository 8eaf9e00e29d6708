package dk.valghalla.adapter.rest.operator.tenant;

import dk.valghalla.adapter.rest.error.Problem;
import dk.valghalla.adapter.rest.error.ProblemResponses;
import dk.valghalla.application.tenant.port.in.ListTenantsUseCase;
import dk.valghalla.application.tenant.port.in.RegisterTenantCommand;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The operators' API for municipalities: list and register tenants. It answers on any host and is guarded by the
 * operator token ({@code VALGHALLA_OPERATOR_TOKEN}); without a configured token it does not exist (404).
 */
@Path("/api/operator/tenants")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {
    public static final String TOKEN_HEADER = "X-Operator-Token";

    private final ListTenantsUseCase listTenants;
    private final RegisterTenantUseCase registerTenant;
    private final Optional<String> operatorToken;

    public TenantResource(ListTenantsUseCase listTenants, RegisterTenantUseCase registerTenant,
                          @ConfigProperty(name = "valghalla.operator.token") Optional<String> operatorToken) {
        this.listTenants = listTenants;
        this.registerTenant = registerTenant;
        this.operatorToken = operatorToken.filter(t -> !t.isBlank());
    }

    @GET
    public List<TenantResponse> list(@HeaderParam(TOKEN_HEADER) String token) {
        requireOperator(token);
        return listTenants.listTenants().stream().map(TenantResponse::from).toList();
    }

    @POST
    public Response register(@HeaderParam(TOKEN_HEADER) String token, @Valid @NotNull RegisterTenantRequest request) {
        requireOperator(token);
        Tenant tenant = registerTenant.registerTenant(new RegisterTenantCommand(new TenantId(request.id()),
                request.name(), new MunicipalityCode(request.municipalityCode()), new Cvr(request.cvr()),
                request.hosts().stream().map(HostName::new).collect(Collectors.toSet()), request.settings(), Actor.OPERATOR));
        return Response.created(URI.create("/api/operator/tenants/" + tenant.id())).entity(TenantResponse.from(tenant)).build();
    }

    private void requireOperator(String token) {
        if (operatorToken.isEmpty()) {
            throw new WebApplicationException(Response.Status.NOT_FOUND);
        }
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                operatorToken.get().getBytes(StandardCharsets.UTF_8))) {
            throw new WebApplicationException(ProblemResponses.response(Problem.of(401, "Not signed in",
                    "operator.unauthenticated", "A valid " + TOKEN_HEADER + " header is required")));
        }
    }
}
