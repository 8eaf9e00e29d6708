package dk.valghalla.bootstrap.support;

import dk.valghalla.bootstrap.EmbeddedDatabase;
import dk.valghalla.devidp.DevIdentityProvider;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The real outside world of the tests: an embedded PostgreSQL server on a fresh data directory, and the dev OpenID
 * Connect provider (mock-oauth2-server) on a free port. Nothing is mocked.
 */
public class ValghallaTestEnvironment implements QuarkusTestResourceLifecycleManager {
    private EmbeddedDatabase database;
    private DevIdentityProvider idp;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("valghalla-test-pg");
            database = EmbeddedDatabase.start(dir, true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        idp = DevIdentityProvider.start(0);
        Map<String, String> config = new HashMap<>(database.datasourceConfig());
        config.put("quarkus.oidc.auth-server-url", idp.issuerUrl());
        config.put("quarkus.oidc.participant.auth-server-url", idp.issuerUrl());
        return config;
    }

    @Override
    public void stop() {
        if (idp != null) {
            idp.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
