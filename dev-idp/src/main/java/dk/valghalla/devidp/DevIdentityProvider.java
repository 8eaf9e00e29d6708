package dk.valghalla.devidp;

import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The OpenID Connect provider of the local run and the tests: mock-oauth2-server with a login page on which a person
 * signs in either as an election-office admin of a chosen municipality (CVR) or as a participant with a chosen CPR
 * number. Everything it signs is fake; it is never part of the production application.
 */
public final class DevIdentityProvider implements AutoCloseable {
    /** The issuer id: the issuer URL is {@code http://localhost:<port>/valghalla}. */
    public static final String ISSUER_ID = "valghalla";
    public static final String ADMIN_ROLE = "valghalla-admin";

    private final MockOAuth2Server server;
    private final Path loginPage;

    private DevIdentityProvider(MockOAuth2Server server, Path loginPage) {
        this.server = server;
        this.loginPage = loginPage;
    }

    /** Starts on the loopback interface; port 0 picks a free port. */
    public static DevIdentityProvider start(int port) {
        Path page = writeLoginPage();
        String json = "{\"interactiveLogin\":true,\"loginPagePath\":\"" + page.toString().replace("\\", "\\\\") + "\"}";
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(json));
        try {
            server.start(InetAddress.getLoopbackAddress(), port);
        } catch (RuntimeException e) {
            deleteQuietly(page);
            throw e;
        }
        return new DevIdentityProvider(server, page);
    }

    /** e.g. {@code http://localhost:8180/valghalla} */
    public String issuerUrl() {
        return server.issuerUrl(ISSUER_ID).toString().replaceAll("/$", "").replace("127.0.0.1", "localhost");
    }

    public int port() {
        return server.baseUrl().port();
    }

    /** A signed token, for API clients and tests that do not go through the browser login. */
    public String issueToken(String subject, String audience, Map<String, Object> claims) {
        SignedJWT jwt = server.issueToken(ISSUER_ID, subject, audience, claims);
        return jwt.serialize();
    }

    public String adminToken(String subject, String name, String cvr, String audience) {
        return issueToken(subject, audience, Map.of("name", name, "roles", java.util.List.of(ADMIN_ROLE), "cvr", cvr));
    }

    public String participantToken(String cpr, String name, String audience) {
        return issueToken("cpr-" + cpr.substring(0, 6), audience, Map.of("name", name, "cpr", cpr));
    }

    @Override
    public void close() {
        server.shutdown();
        deleteQuietly(loginPage);
    }

    private static Path writeLoginPage() {
        try (InputStream in = DevIdentityProvider.class.getResourceAsStream("login.html")) {
            if (in == null) {
                throw new IllegalStateException("login.html missing from the dev identity provider");
            }
            Path page = Files.createTempFile("valghalla-dev-idp-login", ".html");
            Files.writeString(page, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            page.toFile().deleteOnExit();
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temp file; the JVM removes it on exit anyway
        }
    }

    /** The local run: {@code DEV_IDP_PORT} (default 8180). Runs until the process is stopped. */
    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(System.getenv().getOrDefault("DEV_IDP_PORT", "8180"));
        DevIdentityProvider idp = start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(idp::close));
        System.out.println("Dev identity provider (NOT for production) at " + idp.issuerUrl());
        Thread.currentThread().join();
    }
}
