package dk.valghalla.adapter.cpr.sf1520;

import dk.valghalla.adapter.cpr.CprConfig;
import dk.valghalla.adapter.cpr.CprConfig.ContextKind;
import dk.valghalla.adapter.cpr.support.TestMunicipalities;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Per-municipality SF1520 settings from {@code valghalla.cpr.*} and the tenant. */
class Sf1520TenantSettingsResolverTest {
    private static final String PROD = "https://prod.serviceplatformen.dk/service/CPR/PersonBaseDataExtended/4";

    private static Sf1520TenantSettingsResolver resolver(Map<String, String> properties) {
        CprConfig config = new SmallRyeConfigBuilder().withMapping(CprConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build().getConfigMapping(CprConfig.class);
        return new Sf1520TenantSettingsResolver(config);
    }

    private static Map<String, String> soap() {
        Map<String, String> p = new HashMap<>();
        p.put("valghalla.cpr.mode", "soap");
        p.put("valghalla.cpr.endpoint-url", PROD);
        p.put("valghalla.cpr.key-store", "/etc/valghalla/system.p12");
        p.put("valghalla.cpr.key-store-password", "secret");
        return p;
    }

    @Test
    void byDefaultAMunicipalityCallsWithAuthorityContextItsOwnCvrAndTheSharedCertificate() {
        Sf1520TenantSettings s = resolver(soap()).settingsFor(TestMunicipalities.DEMO);

        assertThat(s.context()).isEqualTo(ContextKind.AUTHORITY);
        assertThat(s.municipalityCvr()).isEqualTo(TestMunicipalities.DEMO.cvr());
        assertThat(s.endpoint()).hasToString(PROD);
        assertThat(s.clientCertificate().orElseThrow().path()).isEqualTo("/etc/valghalla/system.p12");
        assertThat(s.clientCertificate().orElseThrow().toString()).doesNotContain("secret");
        assertThat(s.receiveTimeout()).hasSeconds(5);
        assertThat(s.connectTimeout()).hasSeconds(2);
    }

    @Test
    void aMunicipalityCanHaveItsOwnCertificateAndInvocationContext() {
        Map<String, String> p = soap();
        p.put("valghalla.cpr.tenants.invoker.key-store", "/etc/valghalla/nabo.p12");
        p.put("valghalla.cpr.tenants.invoker.key-store-password", "nabo");
        p.put("valghalla.cpr.tenants.invoker.context", "invocation");
        p.put("valghalla.cpr.tenants.invoker.service-agreement-uuid", "11111111-1111-1111-1111-111111111111");
        p.put("valghalla.cpr.tenants.invoker.user-system-uuid", "22222222-2222-2222-2222-222222222222");
        p.put("valghalla.cpr.tenants.invoker.user-uuid", "33333333-3333-3333-3333-333333333333");

        Sf1520TenantSettings s = resolver(p).settingsFor(TestMunicipalities.INVOKER);

        assertThat(s.clientCertificate().orElseThrow().path()).isEqualTo("/etc/valghalla/nabo.p12");
        assertThat(s.clientCertificate().orElseThrow().password()).isEqualTo("nabo");
        assertThat(s.context()).isEqualTo(ContextKind.INVOCATION);
        assertThat(s.invocationContext().orElseThrow().service()).isEqualTo(UUID.fromString("e6be2436-bf35-4df2-83fe-925142825dc2"));
        assertThat(resolver(p).settingsFor(TestMunicipalities.DEMO).clientCertificate().orElseThrow().path())
                .as("other municipalities keep the shared certificate").isEqualTo("/etc/valghalla/system.p12");
    }

    @Test
    void invocationContextWithoutItsUuidsIsAConfigurationError() {
        Map<String, String> p = soap();
        p.put("valghalla.cpr.tenants.invoker.context", "invocation");
        p.put("valghalla.cpr.tenants.invoker.user-uuid", "33333333-3333-3333-3333-333333333333");

        assertThatThrownBy(() -> resolver(p).settingsFor(TestMunicipalities.INVOKER))
                .isInstanceOf(Sf1520NotConfiguredException.class).hasMessageContaining("service-agreement-uuid");
    }

    @Test
    void soapModeNeedsHttpsAndAClientCertificate() {
        Map<String, String> plainHttp = soap();
        plainHttp.put("valghalla.cpr.endpoint-url", "http://prod.serviceplatformen.dk/service/CPR/PersonBaseDataExtended/4");
        Map<String, String> noCertificate = soap();
        noCertificate.remove("valghalla.cpr.key-store");

        assertThatThrownBy(() -> resolver(plainHttp).settingsFor(TestMunicipalities.DEMO))
                .isInstanceOf(Sf1520NotConfiguredException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> resolver(noCertificate).settingsFor(TestMunicipalities.DEMO))
                .isInstanceOf(Sf1520NotConfiguredException.class).hasMessageContaining("client certificate");
    }

    @Test
    void fakeModeNeedsNeitherHttpsNorACertificate() {
        Map<String, String> p = new HashMap<>();
        p.put("valghalla.cpr.mode", "fake");
        p.put("valghalla.cpr.endpoint-url", "http://localhost:8080/soap/sf1520-fake");

        Sf1520TenantSettings s = resolver(p).settingsFor(TestMunicipalities.DEMO);

        assertThat(s.clientCertificate()).isEmpty();
    }

    @Test
    void inFakeModePortZeroIsThePortTheAppListensOn() {
        Map<String, String> p = new HashMap<>();
        p.put("valghalla.cpr.mode", "fake");
        p.put("valghalla.cpr.endpoint-url", "http://localhost:0/soap/sf1520-fake");
        CprConfig config = new SmallRyeConfigBuilder().withMapping(CprConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(p, "test", 100)).build().getConfigMapping(CprConfig.class);

        Sf1520TenantSettings s = new Sf1520TenantSettingsResolver(config, () -> 41234).settingsFor(TestMunicipalities.DEMO);

        assertThat(s.endpoint()).hasToString("http://localhost:41234/soap/sf1520-fake");
    }

    @Test
    void withoutAnEndpointNothingCanBeLookedUp() {
        Map<String, String> p = soap();
        p.remove("valghalla.cpr.endpoint-url");

        assertThatThrownBy(() -> resolver(p).settingsFor(TestMunicipalities.DEMO))
                .isInstanceOf(Sf1520NotConfiguredException.class).hasMessageContaining("endpoint-url");
    }
}
