package dk.valghalla.bootstrap;

import dk.valghalla.adapter.cpr.CprConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;

/** Refuses to start with settings that would quietly make production unsafe. */
@ApplicationScoped
public class StartupChecks {
    static final int MIN_SESSION_SECRET = 32;
    /** The profiles in which the fake CPR register may answer: the local run and the tests. */
    static final Set<String> FAKE_CPR_PROFILES = Set.of("local", "test");

    void check(@Observes @Priority(1) StartupEvent event,
               @ConfigProperty(name = "valghalla.session.secret", defaultValue = "") String sessionSecret,
               @ConfigProperty(name = "quarkus.profile", defaultValue = "prod") String profile,
               CprConfig cpr) {
        requireSessionSecret(sessionSecret);
        requireRealCprRegister(profile, cpr);
    }

    /** Without a shared secret every instance would encrypt sessions with its own random key: logins would break. */
    static void requireSessionSecret(String secret) {
        if (secret == null || secret.length() < MIN_SESSION_SECRET) {
            throw new IllegalStateException("VALGHALLA_SESSION_SECRET must be set to at least " + MIN_SESSION_SECRET
                    + " characters (the same value on every instance)");
        }
    }

    /**
     * Outside the local run and the tests, CPR look-ups go to Serviceplatformen: the fake register is refused, and the
     * endpoint (https) and a client certificate must be configured. Otherwise every look-up would fail at run time,
     * or, worse, a fake person would be taken for a real one.
     */
    static void requireRealCprRegister(String profile, CprConfig cpr) {
        boolean fakeAllowed = Arrays.stream(profile.split(",")).map(String::strip).anyMatch(FAKE_CPR_PROFILES::contains);
        if (fakeAllowed) {
            return;
        }
        if (cpr.mode() != CprConfig.Mode.SOAP) {
            throw new IllegalStateException("VALGHALLA_CPR_MODE must be soap in production: the fake CPR register is for"
                    + " the local run and the tests only");
        }
        URI endpoint = cpr.endpointUrl().orElseThrow(() -> new IllegalStateException(
                "VALGHALLA_CPR_ENDPOINT_URL must be set (SF1520 PersonBaseDataExtended at Serviceplatformen)"));
        if (!"https".equalsIgnoreCase(endpoint.getScheme())) {
            throw new IllegalStateException("VALGHALLA_CPR_ENDPOINT_URL must be an https URL");
        }
        boolean someCertificate = cpr.keyStore().isPresent()
                || cpr.tenants().values().stream().anyMatch(t -> t.keyStore().isPresent());
        if (!someCertificate) {
            throw new IllegalStateException("VALGHALLA_CPR_KEY_STORE must name the client certificate (PKCS#12) for"
                    + " Serviceplatformen (or valghalla.cpr.tenants.<id>.key-store per municipality)");
        }
    }
}
