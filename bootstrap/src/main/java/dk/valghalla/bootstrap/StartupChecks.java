package dk.valghalla.bootstrap;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses to start with settings that would quietly make production unsafe. */
@ApplicationScoped
public class StartupChecks {
    static final int MIN_SESSION_SECRET = 32;

    void check(@Observes @Priority(1) StartupEvent event,
               @ConfigProperty(name = "valghalla.session.secret", defaultValue = "") String sessionSecret) {
        requireSessionSecret(sessionSecret);
    }

    /** Without a shared secret every instance would encrypt sessions with its own random key: logins would break. */
    static void requireSessionSecret(String secret) {
        if (secret == null || secret.length() < MIN_SESSION_SECRET) {
            throw new IllegalStateException("VALGHALLA_SESSION_SECRET must be set to at least " + MIN_SESSION_SECRET
                    + " characters (the same value on every instance)");
        }
    }
}
