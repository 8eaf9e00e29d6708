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
        Optional<EmbeddedDatabase> db = EmbeddedDatabase.startIfNoDatabaseConfigured(System.getenv());
        try {
            Quarkus.run(args);
        } finally {
            db.ifPresent(EmbeddedDatabase::close);
        }
    }
}
