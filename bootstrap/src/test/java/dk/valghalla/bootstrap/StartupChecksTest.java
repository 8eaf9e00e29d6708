package dk.valghalla.bootstrap;

import dk.valghalla.adapter.cpr.CprConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupChecksTest {

    @Test
    void aMissingOrShortSessionSecretStopsTheStart() {
        assertThatThrownBy(() -> StartupChecks.requireSessionSecret("")).hasMessageContaining("VALGHALLA_SESSION_SECRET");
        assertThatThrownBy(() -> StartupChecks.requireSessionSecret(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StartupChecks.requireSessionSecret("x".repeat(31))).isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> StartupChecks.requireSessionSecret("x".repeat(32))).doesNotThrowAnyException();
    }

    private static CprConfig cpr(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(CprConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build().getConfigMapping(CprConfig.class);
    }

    private static Map<String, String> production() {
        Map<String, String> p = new HashMap<>();
        p.put("valghalla.cpr.mode", "soap");
        p.put("valghalla.cpr.endpoint-url", "https://prod.serviceplatformen.dk/service/CPR/PersonBaseDataExtended/4");
        p.put("valghalla.cpr.key-store", "/etc/valghalla/oces3.p12");
        return p;
    }

    @Test
    void productionNeedsTheRealCprRegisterWithEndpointAndCertificate() {
        assertThatCode(() -> StartupChecks.requireRealCprRegister("prod", cpr(production()))).doesNotThrowAnyException();

        Map<String, String> fake = production();
        fake.put("valghalla.cpr.mode", "fake");
        assertThatThrownBy(() -> StartupChecks.requireRealCprRegister("prod", cpr(fake))).hasMessageContaining("fake");

        Map<String, String> noEndpoint = production();
        noEndpoint.remove("valghalla.cpr.endpoint-url");
        assertThatThrownBy(() -> StartupChecks.requireRealCprRegister("prod", cpr(noEndpoint)))
                .hasMessageContaining("VALGHALLA_CPR_ENDPOINT_URL");

        Map<String, String> plainHttp = production();
        plainHttp.put("valghalla.cpr.endpoint-url", "http://prod.serviceplatformen.dk/service/CPR/PersonBaseDataExtended/4");
        assertThatThrownBy(() -> StartupChecks.requireRealCprRegister("prod", cpr(plainHttp))).hasMessageContaining("https");

        Map<String, String> noCertificate = production();
        noCertificate.remove("valghalla.cpr.key-store");
        assertThatThrownBy(() -> StartupChecks.requireRealCprRegister("prod", cpr(noCertificate)))
                .hasMessageContaining("VALGHALLA_CPR_KEY_STORE");
        noCertificate.put("valghalla.cpr.tenants.aarhus.key-store", "/etc/valghalla/aarhus.p12");
        assertThatCode(() -> StartupChecks.requireRealCprRegister("prod", cpr(noCertificate))).doesNotThrowAnyException();
    }

    @Test
    void theLocalRunAndTheTestsMayUseTheFake() {
        Map<String, String> fake = Map.of("valghalla.cpr.mode", "fake",
                "valghalla.cpr.endpoint-url", "http://localhost:8080/soap/sf1520-fake");
        assertThatCode(() -> StartupChecks.requireRealCprRegister("local", cpr(fake))).doesNotThrowAnyException();
        assertThatCode(() -> StartupChecks.requireRealCprRegister("test", cpr(fake))).doesNotThrowAnyException();
    }
}
