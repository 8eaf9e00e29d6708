package dk.valghalla.adapter.cpr;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code valghalla.cpr.*}: how Valghalla reaches the CPR register (SF1520 PersonBaseDataExtended, v4).
 *
 * <pre>
 * valghalla.cpr.mode=soap                                   # soap (Serviceplatformen) | fake (the fake SF1520 server)
 * valghalla.cpr.endpoint-url=https://prod.serviceplatformen.dk/service/CPR/PersonBaseDataExtended/4
 * valghalla.cpr.connect-timeout=2s
 * valghalla.cpr.receive-timeout=5s
 * valghalla.cpr.key-store=/etc/valghalla/oces3-system.p12  # client certificate (mutual TLS), for every municipality
 * valghalla.cpr.key-store-password=...
 * valghalla.cpr.trust-store=...                             # optional; the JDK's trust store otherwise
 * valghalla.cpr.tenants.aarhus.key-store=...                # per municipality (tenant id): own certificate,
 * valghalla.cpr.tenants.aarhus.context=invocation           # InvocationContext instead of AuthorityContext,
 * valghalla.cpr.tenants.aarhus.service-agreement-uuid=...   # with the UUIDs of its service agreement
 * </pre>
 * The CVR number in the AuthorityContext is always the municipality's own (from the tenant), never configured.
 * The fault-tolerance limits (time-out per attempt, retries, circuit breaker, bulkhead) are on
 * {@link dk.valghalla.adapter.cpr.sf1520.Sf1520Calls} and can be overridden with the MicroProfile keys
 * {@code dk.valghalla.adapter.cpr.sf1520.Sf1520Calls/lookup/Timeout/value} etc.
 */
@ConfigMapping(prefix = "valghalla.cpr")
public interface CprConfig {
    enum Mode {
        /** Serviceplatformen: https and a client certificate are required. */
        SOAP,
        /** The fake SF1520 server ({@link dk.valghalla.adapter.cpr.fake.FakePersonBaseDataService}): local run, tests. */
        FAKE
    }

    enum ContextKind {
        /** {@code AuthorityContext}: the municipality's CVR number; the platform finds the service agreement. */
        AUTHORITY,
        /** {@code InvocationContext}: service agreement, user system, user and service UUIDs. */
        INVOCATION
    }

    @WithDefault("soap")
    Mode mode();

    /**
     * The SF1520 endpoint; the fake's URL in fake mode. Look-ups fail as "unavailable" until it is set. In fake mode,
     * port 0 stands for the port this app listens on (the tests run the app, and with it the fake, on a random port).
     */
    Optional<URI> endpointUrl();

    @WithDefault("2s")
    Duration connectTimeout();

    /** Read time-out of one HTTP call; keep it below the time-out per attempt of {@code Sf1520Calls}. */
    @WithDefault("5s")
    Duration receiveTimeout();

    /** The defaults for every municipality. */
    Optional<String> keyStore();

    Optional<String> keyStorePassword();

    @WithDefault("PKCS12")
    String keyStoreType();

    Optional<String> trustStore();

    Optional<String> trustStorePassword();

    @WithDefault("PKCS12")
    String trustStoreType();

    @WithDefault("authority")
    ContextKind context();

    /** The SF1520 service UUID for the InvocationContext (v4 contract). */
    @WithDefault("e6be2436-bf35-4df2-83fe-925142825dc2")
    UUID serviceUuid();

    /** Settings of the fake SF1520 server (fake mode only). */
    Fake fake();

    interface Fake {
        /** How long the fake makes {@code Sf1520Fixtures.SLOW} wait; beyond the receive time-out by default. */
        @WithDefault("10s")
        Duration slowDelay();

        /** For benchmarks: how long the fake waits before every answer. */
        @WithDefault("0s")
        Duration latency();

        /** For benchmarks: any number not among the fixtures answers as a generated adult instead of "not found". */
        @WithDefault("false")
        boolean everyoneKnown();
    }

    /** Per municipality, keyed by tenant id; every value falls back to the default above. */
    Map<String, TenantCpr> tenants();

    interface TenantCpr {
        Optional<String> keyStore();

        Optional<String> keyStorePassword();

        Optional<String> keyStoreType();

        Optional<ContextKind> context();

        Optional<UUID> serviceAgreementUuid();

        Optional<UUID> userSystemUuid();

        Optional<UUID> userUuid();

        /** Free text for the municipality's billing (InvocationContext {@code AccountingInfo}). */
        Optional<String> accountingInfo();
    }
}
