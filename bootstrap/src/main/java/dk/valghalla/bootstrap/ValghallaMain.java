package dk.valghalla.bootstrap;

import dk.valghalla.adapter.persistence.participant.CprVaultKeys;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.util.Arrays;
import java.util.List;
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
                CprVaultKeys.parse(setting("valghalla.cpr-vault.key", "VALGHALLA_CPR_KEY"),
                        list(setting("valghalla.cpr-vault.previous-keys", "VALGHALLA_CPR_PREVIOUS_KEYS")),
                        setting("valghalla.cpr-vault.lookup-key", "VALGHALLA_CPR_LOOKUP_KEY"));
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

    private static String setting(String property, String environmentVariable) {
        return System.getProperty(property, System.getenv(environmentVariable));
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
