package dk.valghalla.adapter.identity;

import dk.valghalla.application.identity.Roles;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.tenant.Tenant;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that turn a token's claims into Valghalla roles. Pure, so that every case is unit tested:
 * <ul>
 *   <li>a participant login with a valid CPR claim is a {@link Roles#PARTICIPANT};</li>
 *   <li>an admin login is a {@link Roles#ADMIN} only if it has the admin role <em>and</em> its organisation CVR is
 *       the CVR of the municipality whose host was called: an admin of one municipality is nobody in another.</li>
 * </ul>
 * Role names from the identity provider are never passed through.
 */
final class ClaimRoleMapping {
    private final IdentityConfig config;

    ClaimRoleMapping(IdentityConfig config) {
        this.config = config;
    }

    record Claims(boolean participantLogin, Object roles, String cvr, String cpr) {
    }

    Set<String> roles(Claims claims, Optional<Tenant> tenantOfHost) {
        if (claims.participantLogin()) {
            return cpr(claims).isPresent() ? Set.of(Roles.PARTICIPANT) : Set.of();
        }
        boolean hasAdminRole = roleNames(claims.roles()).contains(config.admin().role());
        boolean ownMunicipality = tenantOfHost.isPresent() && claims.cvr() != null
                && tenantOfHost.get().cvr().value().equals(claims.cvr().strip());
        return hasAdminRole && ownMunicipality ? Set.of(Roles.ADMIN) : Set.of();
    }

    /** A roles claim may be a JSON array or a space/comma separated string; JSON strings may print with quotes. */
    static Set<String> roleNames(Object claim) {
        java.util.stream.Stream<String> names;
        if (claim instanceof Collection<?> c) {
            names = c.stream().map(String::valueOf);
        } else if (claim instanceof String s) {
            names = java.util.Arrays.stream(s.split("[ ,]"));
        } else {
            return Set.of();
        }
        return names.map(n -> n.strip().replaceAll("^\"|\"$", "")).filter(n -> !n.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
    }

    Optional<CprNumber> cpr(Claims claims) {
        if (claims.cpr() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CprNumber.of(claims.cpr()));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
