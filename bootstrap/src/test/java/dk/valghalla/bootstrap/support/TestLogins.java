package dk.valghalla.bootstrap.support;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs people in at the test's real OIDC provider through its login form (authorization-code flow), and returns
 * the access token it issues, for API calls as {@code Authorization: Bearer}. Admins carry the valghalla-admin role
 * and the CVR of their municipality; participants a CPR number.
 */
public final class TestLogins {
    private static final String REDIRECT = "http://localhost/test-callback";

    private TestLogins() {
    }

    public static String admin(String name, String cvr) {
        String claims = "{\"name\":\"" + name + "\",\"roles\":[\"valghalla-admin\"],\"cvr\":\"" + cvr + "\"}";
        return token("admin-" + UUID.randomUUID(), claims, "valghalla-admin");
    }

    /** Signed in, but without the admin role. */
    public static String employeeWithoutRole(String name, String cvr) {
        String claims = "{\"name\":\"" + name + "\",\"roles\":[\"admin\"],\"cvr\":\"" + cvr + "\"}";
        return token("employee-" + UUID.randomUUID(), claims, "valghalla-admin");
    }

    public static String participant(String name, String cpr) {
        String claims = "{\"name\":\"" + name + "\",\"cpr\":\"" + cpr + "\"}";
        return token("citizen-" + cpr.substring(0, 6), claims, "valghalla-participant");
    }

    public static String issuer() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    private static String token(String username, String claimsJson, String clientId) {
        String authorize = issuer() + "/authorize";
        Response login = RestAssured.given().redirects().follow(false)
                .queryParams(Map.of("client_id", clientId, "response_type", "code", "scope", "openid profile",
                        "redirect_uri", REDIRECT, "state", "s", "nonce", "n"))
                .formParams(Map.of("username", username, "claims", claimsJson))
                .post(authorize);
        assertThat(login.statusCode()).as("login form accepted").isEqualTo(302);
        String query = URI.create(login.header("Location")).getQuery();
        String code = java.util.Arrays.stream(query.split("&")).filter(p -> p.startsWith("code="))
                .map(p -> p.substring(5)).findFirst().orElseThrow();
        Response token = RestAssured.given()
                .formParams(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                        "client_id", clientId, "client_secret", "test-client-secret"))
                .post(issuer() + "/token");
        assertThat(token.statusCode()).as("token endpoint").isEqualTo(200);
        return token.jsonPath().getString("access_token");
    }
}
