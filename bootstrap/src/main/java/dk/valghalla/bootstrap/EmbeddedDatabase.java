package dk.valghalla.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * An embedded PostgreSQL (the real server, unpacked from Maven Central by zonky) for a machine that has no database
 * configured: the local run and the tests. Production configures an external database and never starts this.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDirectory where the data lives; kept between runs when it already holds a cluster
     * @param clean         start from an empty cluster (tests)
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean clean) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .start();
            return new EmbeddedDatabase(pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The Quarkus datasource settings that point at this database. */
    public Map<String, String> datasourceConfig() {
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    /**
     * For {@link ValghallaMain}: starts the embedded database and points the datasource at it when no database URL
     * is configured (system property or {@code QUARKUS_DATASOURCE_JDBC_URL}) and the app runs the local profile (the
     * README's run command) or {@code VALGHALLA_EMBEDDED_DB=true} asks for it. In production a missing URL is an error
     * at start-up, never a silent throw-away database.
     */
    static Optional<EmbeddedDatabase> startIfNoDatabaseConfigured(Map<String, String> env) {
        if (System.getProperty("quarkus.datasource.jdbc.url") != null || env.containsKey("QUARKUS_DATASOURCE_JDBC_URL")) {
            return Optional.empty();
        }
        String profile = System.getProperty("quarkus.profile", env.getOrDefault("QUARKUS_PROFILE", "prod"));
        boolean wanted = "local".equals(profile) || "true".equalsIgnoreCase(env.get("VALGHALLA_EMBEDDED_DB"));
        if (!wanted || "false".equalsIgnoreCase(env.get("VALGHALLA_EMBEDDED_DB"))) {
            return Optional.empty();
        }
        Path dir = Path.of(env.getOrDefault("VALGHALLA_EMBEDDED_DB_DIR",
                System.getProperty("user.home") + "/.valghalla/embedded-postgres"));
        LOG.warnf("No database configured: starting an embedded PostgreSQL with its data in %s. "
                + "Set QUARKUS_DATASOURCE_JDBC_URL for production.", dir);
        EmbeddedDatabase db = start(dir, false);
        db.datasourceConfig().forEach(System::setProperty);
        return Optional.of(db);
    }
}
