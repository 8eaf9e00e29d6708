package dk.valghalla.adapter.cpr.sf1520;

import dk.valghalla.adapter.cpr.CprConfig;
import dk.valghalla.adapter.cpr.CprConfig.ContextKind;
import dk.valghalla.adapter.cpr.CprConfig.TenantCpr;
import dk.valghalla.adapter.cpr.sf1520.Sf1520TenantSettings.InvocationContextIds;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.IntSupplier;

/** Combines a tenant (its CVR number) with {@code valghalla.cpr.*} (defaults, then the tenant's own entries). */
@ApplicationScoped
public class Sf1520TenantSettingsResolver {
    private final CprConfig config;
    private final IntSupplier ownHttpPort;

    @Inject
    public Sf1520TenantSettingsResolver(CprConfig config) {
        this(config, Sf1520TenantSettingsResolver::ownHttpPort);
    }

    Sf1520TenantSettingsResolver(CprConfig config, IntSupplier ownHttpPort) {
        this.config = config;
        this.ownHttpPort = ownHttpPort;
    }

    /** @throws Sf1520NotConfiguredException when the municipality cannot call SF1520 with this configuration */
    public Sf1520TenantSettings settingsFor(Tenant tenant) {
        URI endpoint = config.endpointUrl()
                .orElseThrow(() -> new Sf1520NotConfiguredException("valghalla.cpr.endpoint-url is not set"));
        if (config.mode() == CprConfig.Mode.FAKE && endpoint.getPort() == 0) {
            endpoint = withPort(endpoint, ownHttpPort.getAsInt());
        }
        Optional<TenantCpr> own = Optional.ofNullable(config.tenants().get(tenant.id().value()));

        Optional<String> keyStorePath = own.flatMap(TenantCpr::keyStore).or(config::keyStore);
        Optional<KeyStoreRef> clientCertificate = keyStorePath.map(path -> new KeyStoreRef(path,
                own.flatMap(TenantCpr::keyStorePassword).or(config::keyStorePassword).orElse(""),
                own.flatMap(TenantCpr::keyStoreType).orElse(config.keyStoreType())));
        Optional<KeyStoreRef> trustStore = config.trustStore().map(path -> new KeyStoreRef(path,
                config.trustStorePassword().orElse(""), config.trustStoreType()));

        if (config.mode() == CprConfig.Mode.SOAP) {
            if (!"https".equalsIgnoreCase(endpoint.getScheme())) {
                throw new Sf1520NotConfiguredException("valghalla.cpr.endpoint-url must be https in soap mode");
            }
            if (clientCertificate.isEmpty()) {
                throw new Sf1520NotConfiguredException("no client certificate (valghalla.cpr.key-store) for municipality "
                        + tenant.id());
            }
        }

        ContextKind context = own.flatMap(TenantCpr::context).orElse(config.context());
        Optional<InvocationContextIds> ids = Optional.empty();
        if (context == ContextKind.INVOCATION) {
            TenantCpr t = own.orElseThrow(() -> new Sf1520NotConfiguredException(
                    "InvocationContext needs valghalla.cpr.tenants." + tenant.id() + ".*-uuid"));
            ids = Optional.of(new InvocationContextIds(
                    t.serviceAgreementUuid().orElseThrow(() -> missing(tenant, "service-agreement-uuid")),
                    t.userSystemUuid().orElseThrow(() -> missing(tenant, "user-system-uuid")),
                    t.userUuid().orElseThrow(() -> missing(tenant, "user-uuid")),
                    config.serviceUuid(), t.accountingInfo()));
        }
        return new Sf1520TenantSettings(tenant.id(), endpoint, config.connectTimeout(), config.receiveTimeout(),
                tenant.cvr(), clientCertificate, trustStore, context, ids);
    }

    /** The fake on this app itself ({@code http://localhost:0/...}): the port the app actually listens on. */
    private static URI withPort(URI endpoint, int port) {
        try {
            return new URI(endpoint.getScheme(), endpoint.getUserInfo(), endpoint.getHost(), port, endpoint.getPath(),
                    endpoint.getQuery(), endpoint.getFragment());
        } catch (URISyntaxException e) {
            throw new Sf1520NotConfiguredException("valghalla.cpr.endpoint-url is not a valid URL");
        }
    }

    /**
     * Quarkus publishes the port it really listens on (also when a random one was asked for with port 0) as the system
     * property {@code quarkus.http.port}, or {@code quarkus.http.test-port} in tests.
     */
    private static int ownHttpPort() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        String value = System.getProperty(key);
        if (value == null) {
            value = ConfigProvider.getConfig().getOptionalValue(key, String.class)
                    .orElse(LaunchMode.current() == LaunchMode.TEST ? "8081" : "8080");
        }
        return Integer.parseInt(value.strip());
    }

    private static Sf1520NotConfiguredException missing(Tenant tenant, String key) {
        return new Sf1520NotConfiguredException("valghalla.cpr.tenants." + tenant.id() + "." + key + " is not set");
    }
}
