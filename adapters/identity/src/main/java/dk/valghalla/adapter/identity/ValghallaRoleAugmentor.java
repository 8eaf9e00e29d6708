package dk.valghalla.adapter.identity;

import dk.valghalla.application.tenant.port.in.ResolveTenantUseCase;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.Optional;

/** Replaces the identity provider's roles by Valghalla's roles, see {@link ClaimRoleMapping}. */
@ApplicationScoped
public class ValghallaRoleAugmentor implements SecurityIdentityAugmentor {
    private final IdentityConfig config;
    private final ResolveTenantUseCase tenants;
    private final ClaimRoleMapping mapping;

    public ValghallaRoleAugmentor(IdentityConfig config, ResolveTenantUseCase tenants) {
        this.config = config;
        this.tenants = tenants;
        this.mapping = new ClaimRoleMapping(config);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> attributes) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        boolean participantLogin = config.participantOidcTenant().equals(identity.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE));
        var claims = new ClaimRoleMapping.Claims(participantLogin, jwt.getClaim(config.admin().roleClaim()),
                claimText(jwt, config.admin().cvrClaim()), claimText(jwt, config.participant().cprClaim()));

        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissionChecker(identity::checkPermission)
                .setAnonymous(false)
                .addRoles(mapping.roles(claims, tenantOfHost(identity, attributes)))
                .addAttribute(IdentityAttributes.SUBJECT, jwt.getSubject() == null ? "unknown" : jwt.getSubject())
                .addAttribute(IdentityAttributes.NAME, Optional.ofNullable(claimText(jwt, config.nameClaim())).orElse(""));
        mapping.cpr(claims).ifPresent(cpr -> builder.addAttribute(IdentityAttributes.CPR, cpr));
        return Uni.createFrom().item(builder.build());
    }

    private Optional<Tenant> tenantOfHost(SecurityIdentity identity, Map<String, Object> attributes) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (rc == null) {
            rc = identity.getAttribute(RoutingContext.class.getName());
        }
        if (rc == null) {
            return Optional.empty();
        }
        return tenants.cachedTenantAt(HostName.fromHostHeader(rc.request().getHeader("Host")));
    }

    private static String claimText(JsonWebToken jwt, String claim) {
        Object value = jwt.getClaim(claim);
        if (value == null) {
            return null;
        }
        String s = value.toString();
        // JSON-P strings print with quotes
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
