package dk.valghalla.adapter.identity;

import dk.valghalla.application.identity.Roles;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimRoleMappingTest {
    private static final Tenant DEMO = new Tenant(new TenantId("demo"), "Demo Kommune", new MunicipalityCode("999"),
            new Cvr("29189846"), Set.of(new HostName("localhost")), Map.of());

    private final ClaimRoleMapping mapping = new ClaimRoleMapping(new IdentityConfig() {
        public String participantOidcTenant() { return "participant"; }
        public String nameClaim() { return "name"; }
        public Admin admin() {
            return new Admin() {
                public String roleClaim() { return "roles"; }
                public String role() { return "valghalla-admin"; }
                public String cvrClaim() { return "cvr"; }
            };
        }
        public Participant participant() { return () -> "cpr"; }
    });

    private static ClaimRoleMapping.Claims admin(Object roles, String cvr) {
        return new ClaimRoleMapping.Claims(false, roles, cvr, null);
    }

    @Test
    void anAdminOfTheMunicipalityBecomesAdmin() {
        assertThat(mapping.roles(admin(List.of("valghalla-admin"), "29189846"), Optional.of(DEMO)))
                .containsExactly(Roles.ADMIN);
        assertThat(mapping.roles(admin("other valghalla-admin", "29189846"), Optional.of(DEMO)))
                .containsExactly(Roles.ADMIN);
    }

    @Test
    void anAdminOfAnotherMunicipalityIsNobodyHere() {
        assertThat(mapping.roles(admin(List.of("valghalla-admin"), "29189854"), Optional.of(DEMO))).isEmpty();
        assertThat(mapping.roles(admin(List.of("valghalla-admin"), null), Optional.of(DEMO))).isEmpty();
        assertThat(mapping.roles(admin(List.of("valghalla-admin"), "29189846"), Optional.empty())).isEmpty();
    }

    @Test
    void theIdentityProvidersOtherRolesAreNeverPassedThrough() {
        assertThat(mapping.roles(admin(List.of("admin", "participant"), "29189846"), Optional.of(DEMO))).isEmpty();
        assertThat(mapping.roles(admin(null, "29189846"), Optional.of(DEMO))).isEmpty();
    }

    @Test
    void aParticipantLoginWithAValidCprIsAParticipantInAnyMunicipality() {
        var claims = new ClaimRoleMapping.Claims(true, List.of("valghalla-admin"), "29189846", "0101901234");
        assertThat(mapping.roles(claims, Optional.of(DEMO))).containsExactly(Roles.PARTICIPANT);
        assertThat(mapping.roles(claims, Optional.empty())).containsExactly(Roles.PARTICIPANT);
    }

    @Test
    void aParticipantLoginWithoutAValidCprGetsNoRole() {
        assertThat(mapping.roles(new ClaimRoleMapping.Claims(true, null, null, null), Optional.of(DEMO))).isEmpty();
        assertThat(mapping.roles(new ClaimRoleMapping.Claims(true, null, null, "12345"), Optional.of(DEMO))).isEmpty();
    }
}
