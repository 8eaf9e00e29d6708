package dk.valghalla.adapter.cpr.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Puts the test app (and with it the fake SF1520 endpoint) on a free port, so that parallel builds on the same
 * machine do not collide, and points the adapter at the fake on the app's own port, whichever it is.
 */
public class FakeSf1520Server implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.http.test-port", String.valueOf(port),
                // Port 0: the port the test app really listens on (also when -Dquarkus.http.test-port=0 overrides ours).
                "valghalla.cpr.endpoint-url", "http://localhost:0/soap/sf1520-fake");
    }

    @Override
    public void stop() {
    }
}
