package dk.valghalla.bootstrap.api;

import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The browser's login, step by step over HTTP: the app sends the browser to the identity provider, the person signs
 * in on its login form, the provider sends the browser back with a code, the app sets its session cookie and sends
 * the browser on to the page it came from. The session cookie is HttpOnly and SameSite; API calls with it work.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class CodeFlowLoginTest {
    @Inject
    RegisterTenantUseCase registerTenant;

    @TestHTTPResource("/")
    URL root;

    private final Map<String, String> cookies = new HashMap<>();
    private final Map<String, String> setCookieHeaders = new HashMap<>();

    @Test
    void anAdminSignsInThroughTheCodeFlowAndGetsAHardenedSessionCookie() {
        Tenant tenant = TestTenants.register(registerTenant, "codeflow");
        String host = TestTenants.host(tenant) + ":" + root.getPort();

        Response start = app(host, "/login/admin?returnTo=/admin/areas");
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = start.header("Location");
        assertThat(authorize).contains("redirect_uri=http%3A%2F%2F" + TestTenants.host(tenant));

        String claims = "{\"name\":\"Cecilie Code\",\"roles\":[\"valghalla-admin\"],\"cvr\":\"" + tenant.cvr().value() + "\"}";
        Response signedIn = RestAssured.given().redirects().follow(false).urlEncodingEnabled(false)
                .formParams(Map.of("username", "cecilie", "claims", claims)).post(authorize);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        URI callback = URI.create(signedIn.header("Location"));
        assertThat(callback.getHost()).isEqualTo(TestTenants.host(tenant));

        Response afterCallback = app(host, callback.getRawPath() + "?" + callback.getRawQuery());
        assertThat(afterCallback.statusCode()).isEqualTo(302);
        String session = setCookieHeaders.get("q_session");
        assertThat(session).as("session cookie").isNotNull();
        assertThat(session.toLowerCase()).contains("httponly").contains("samesite=lax").contains("path=/");

        Response restored = app(host, URI.create(afterCallback.header("Location")).getRawPath() + "?returnTo=/admin/areas");
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(restored.header("Location")).endsWith("/admin/areas");

        RestAssured.given().header("Host", host).cookies(cookies).get("/api/admin/me")
                .then().statusCode(200).body("name", equalTo("Cecilie Code")).body("municipality", equalTo(tenant.name()));
    }

    @Test
    void withASessionCookieAStateChangeNeedsTheCsrfTokenEchoedInAHeader() {
        Tenant tenant = TestTenants.register(registerTenant, "csrf");
        String host = TestTenants.host(tenant) + ":" + root.getPort();
        signIn(host, tenant);
        String token = cookies.get("XSRF-TOKEN");
        assertThat(token).as("the app gave the browser a CSRF token while it signed in").isNotBlank();

        RestAssured.given().header("Host", host).cookies(cookies).contentType("application/json")
                .body("{\"name\":\"Nord\"}").post("/api/admin/areas")
                .then().statusCode(403).body("code", equalTo("csrf.invalid"));
        RestAssured.given().header("Host", host).cookies(cookies)
                .header("X-XSRF-TOKEN", "forged").contentType("application/json")
                .body("{\"name\":\"Nord\"}").post("/api/admin/areas")
                .then().statusCode(403).body("code", equalTo("csrf.invalid"));
        RestAssured.given().header("Host", host).cookies(cookies).get("/api/admin/areas")
                .then().statusCode(200).body("size()", equalTo(0));

        RestAssured.given().header("Host", host).cookies(cookies)
                .header("X-XSRF-TOKEN", token).contentType("application/json")
                .body("{\"name\":\"Nord\"}").post("/api/admin/areas")
                .then().statusCode(201);
    }

    private void signIn(String host, Tenant tenant) {
        Response start = app(host, "/login/admin");
        String claims = "{\"name\":\"Ane\",\"roles\":[\"valghalla-admin\"],\"cvr\":\"" + tenant.cvr().value() + "\"}";
        URI callback = URI.create(RestAssured.given().redirects().follow(false).urlEncodingEnabled(false)
                .formParams(Map.of("username", "ane", "claims", claims)).post(start.header("Location")).header("Location"));
        app(host, callback.getRawPath() + "?" + callback.getRawQuery());
        assertThat(cookies).containsKey("q_session");
    }

    @Test
    void theSessionOfOneMunicipalityIsWorthNothingAtAnother() {
        Tenant tenant = TestTenants.register(registerTenant, "codeflow-a");
        Tenant other = TestTenants.register(registerTenant, "codeflow-b");
        String host = TestTenants.host(tenant) + ":" + root.getPort();
        signIn(host, tenant);

        RestAssured.given().header("Host", host).cookies(cookies).get("/api/admin/areas").then().statusCode(200);
        RestAssured.given().header("Host", TestTenants.host(other)).cookies(cookies).get("/api/admin/areas")
                .then().statusCode(403).body("code", equalTo("auth.forbidden"));
    }

    /** A GET as the browser would send it to the app at the given host, keeping the cookies it is given. */
    private Response app(String host, String pathAndQuery) {
        Response r = RestAssured.given().redirects().follow(false).header("Host", host).cookies(cookies)
                .urlEncodingEnabled(false).get(pathAndQuery);
        List<String> setCookies = r.headers().getValues("Set-Cookie");
        for (String header : setCookies) {
            String nameValue = header.split(";", 2)[0];
            String name = nameValue.substring(0, nameValue.indexOf('='));
            String value = nameValue.substring(nameValue.indexOf('=') + 1);
            setCookieHeaders.put(name, header);
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return r;
    }
}
