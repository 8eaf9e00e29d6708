package dk.valghalla.adapter.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which claims of the identity provider's tokens carry what we need. */
@ConfigMapping(prefix = "valghalla.identity")
public interface IdentityConfig {
    /** The OIDC tenant (quarkus.oidc.&lt;name&gt;) used for participants; the default OIDC tenant serves admins. */
    @WithDefault("participant")
    String participantOidcTenant();

    @WithDefault("name")
    String nameClaim();

    Admin admin();

    Participant participant();

    interface Admin {
        /** A claim holding a list (or a string) of role names. */
        @WithDefault("roles")
        String roleClaim();

        /** The value in {@link #roleClaim()} that makes somebody an election-office admin. */
        @WithDefault("valghalla-admin")
        String role();

        /** The claim with the CVR number of the admin's organisation; it must be the municipality's CVR. */
        @WithDefault("cvr")
        String cvrClaim();
    }

    interface Participant {
        @WithDefault("cpr")
        String cprClaim();
    }
}
