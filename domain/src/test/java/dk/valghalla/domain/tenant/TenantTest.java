package dk.valghalla.domain.tenant;

import dk.valghalla.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantTest {

    @Test
    void tenantIdNamesItsSchema() {
        assertThat(new TenantId("ny-kommune").schemaName()).isEqualTo("tenant_ny_kommune");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Aarhus", "1abc", "aar hus", "drop;table", "abc-", "abcdefghijabcdefghijabcdefghijabcdefghijk"})
    void tenantIdMustBeSafeForASchemaName(String id) {
        assertThatThrownBy(() -> new TenantId(id)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void cvrNeedsAValidCheckDigit() {
        assertThat(new Cvr("64942212").value()).isEqualTo("64942212"); // Københavns Kommune
        assertThatThrownBy(() -> new Cvr("64942213")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "tenant.cvr_invalid");
        assertThatThrownBy(() -> new Cvr("1234")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void municipalityCodeIsPaddedToFourDigits() {
        assertThat(new MunicipalityCode("101").value()).isEqualTo("0101");
        assertThatThrownBy(() -> new MunicipalityCode("12a")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void hostHeaderIsParsedWithoutPortAndCase() {
        assertThat(HostName.fromHostHeader("Valg.Aarhus.DK:8443")).isEqualTo(new HostName("valg.aarhus.dk"));
        assertThat(HostName.fromHostHeader("localhost")).isEqualTo(new HostName("localhost"));
        assertThat(HostName.fromHostHeader("[::1]:8080")).isNull();
        assertThat(HostName.fromHostHeader("evil host")).isNull();
        assertThat(HostName.fromHostHeader(null)).isNull();
    }

    @Test
    void aTenantNeedsAHost() {
        assertThatThrownBy(() -> new Tenant(new TenantId("demo"), "Demo", new MunicipalityCode("999"),
                new Cvr("64942212"), Set.of(), Map.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "tenant.host_required");
    }

    @Test
    void tenantIsServedAtItsHostsOnly() {
        Tenant t = new Tenant(new TenantId("demo"), "Demo", new MunicipalityCode("999"), new Cvr("64942212"),
                Set.of(new HostName("localhost")), null);
        assertThat(t.isServedAt(new HostName("LOCALHOST"))).isTrue();
        assertThat(t.isServedAt(new HostName("other.localhost"))).isFalse();
        assertThat(t.settings()).isEmpty();
    }
}
