package dk.valghalla.adapter.cpr.sf1520;

import dk.valghalla.adapter.cpr.CprConfig.ContextKind;
import dk.valghalla.adapter.cpr.sf1520.generated.PersonBaseDataExtendedPortType;
import dk.valghalla.adapter.cpr.support.TestMunicipalities;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transport.http.URLConnectionHTTPConduit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.X509KeyManager;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SF1520 client of a municipality: mutual TLS with its certificate, time-outs, one client per settings. */
class Sf1520ClientsTest {
    private static final URI ENDPOINT = URI.create("https://exttest.serviceplatformen.dk/service/CPR/PersonBaseDataExtended/4");

    private static Sf1520TenantSettings settings(Optional<KeyStoreRef> certificate) {
        return new Sf1520TenantSettings(TestMunicipalities.DEMO.id(), ENDPOINT, Duration.ofSeconds(2), Duration.ofSeconds(5),
                TestMunicipalities.DEMO.cvr(), certificate, Optional.empty(), ContextKind.AUTHORITY, Optional.empty());
    }

    @Test
    void theMunicipalitysCertificateIsTheTlsClientKey(@TempDir Path dir) throws Exception {
        Path keyStore = dir.resolve("municipality.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "system", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=Valghalla Test",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

        PersonBaseDataExtendedPortType port = new Sf1520Clients()
                .clientFor(settings(Optional.of(new KeyStoreRef(keyStore.toString(), "changeit", "PKCS12"))));

        HTTPConduit conduit = (HTTPConduit) ClientProxy.getClient(port).getConduit();
        assertThat(conduit).isInstanceOf(URLConnectionHTTPConduit.class);
        assertThat(conduit.getTlsClientParameters().getKeyManagers()).hasAtLeastOneElementOfType(X509KeyManager.class);
        X509KeyManager keys = (X509KeyManager) conduit.getTlsClientParameters().getKeyManagers()[0];
        assertThat(keys.getCertificateChain("system")[0].getSubjectX500Principal().getName()).isEqualTo("CN=Valghalla Test");
        assertThat(conduit.getClient().getConnectionTimeout()).isEqualTo(2000);
        assertThat(conduit.getClient().getReceiveTimeout()).isEqualTo(5000);
        assertThat(conduit.getTarget().getAddress().getValue()).isEqualTo(ENDPOINT.toString());
    }

    @Test
    void theSameSettingsShareOneClient() {
        Sf1520Clients clients = new Sf1520Clients();

        assertThat(clients.clientFor(settings(Optional.empty()))).isSameAs(clients.clientFor(settings(Optional.empty())));
    }

    @Test
    void anUnreadableKeyStoreIsAConfigurationError(@TempDir Path dir) {
        KeyStoreRef missing = new KeyStoreRef(dir.resolve("missing.p12").toString(), "x", "PKCS12");

        assertThatThrownBy(() -> new Sf1520Clients().clientFor(settings(Optional.of(missing))))
                .isInstanceOf(Sf1520NotConfiguredException.class).hasMessageContaining("demo");
    }
}
