package dk.valghalla.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.util.Optional;

/** Starts Valghalla; with no database configured, on an embedded PostgreSQL first. */
@QuarkusMain
public final class ValghallaMain {
    private ValghallaMain() {
    }

    public static void main(String... args) {
        String profile = System.getProperty("quarkus.profile", System.getenv().getOrDefault("QUARKUS_PROFILE", "prod"));
        if (!"local".equals(profile)) {
            try {
                StartupChecks.requireSessionSecret(System.getProperty("valghalla.session.secret",
                        System.getenv("VALGHALLA_SESSION_SECRET")));
            } catch (IllegalStateException e) {
                System.err.println("Valghalla cannot start: " + e.getMessage());
                System.exit(1);
            }
        }
        Optional<EmbeddedDatabase> db = EmbeddedDatabase.startIfNoDatabaseConfigured(System.getenv());
        try {
            Quarkus.run(args);
        } finally {
            db.ifPresent(EmbeddedDatabase::close);
        }
    }
}
