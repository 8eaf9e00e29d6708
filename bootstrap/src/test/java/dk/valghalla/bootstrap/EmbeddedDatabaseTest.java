package dk.valghalla.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

    @Test
    void productionWithoutADatabaseUrlNeverGetsAnEmbeddedDatabase() {
        assertThat(EmbeddedDatabase.startIfNoDatabaseConfigured(Map.of())).isEmpty();
        assertThat(EmbeddedDatabase.startIfNoDatabaseConfigured(Map.of("QUARKUS_PROFILE", "prod"))).isEmpty();
    }

    @Test
    void aConfiguredDatabaseWinsEvenInTheLocalProfile() {
        assertThat(EmbeddedDatabase.startIfNoDatabaseConfigured(
                Map.of("QUARKUS_PROFILE", "local", "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/valghalla"))).isEmpty();
    }

    @Test
    void theEmbeddedDatabaseCanBeSwitchedOffInTheLocalProfile() {
        assertThat(EmbeddedDatabase.startIfNoDatabaseConfigured(
                Map.of("QUARKUS_PROFILE", "local", "VALGHALLA_EMBEDDED_DB", "false"))).isEmpty();
    }
}
