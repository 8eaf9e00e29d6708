package dk.valghalla.bootstrap.api;

import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Tenancy by host, the SPA, the login redirects and the operations endpoints. */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class PlatformTest {
    @Inject
    RegisterTenantUseCase registerTenant;

    private Tenant tenant;

    @BeforeEach
    void municipality() {
        tenant = TestTenants.register(registerTenant, "platform");
    }

    @Test
    void theMunicipalityIsResolvedFromTheHost() {
        Api.at(tenant).get("/api/public/municipality").then().statusCode(200)
                .body("name", equalTo(tenant.name()))
                .body("municipalityCode", equalTo(tenant.municipalityCode().value()));
    }

    @Test
    void anUnknownHostGets404WithNoDataOnEveryPath() {
        for (String path : new String[]{"/api/public/municipality", "/api/admin/areas", "/", "/admin/areas", "/index.html"}) {
            Api.at("nobody.example.org").get(path).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("code", equalTo("tenant.unknown"))
                    .body(not(containsString("Kommune")));
        }
    }

    @Test
    void theSpaIsServedAtTheRootAndForDeepLinks() {
        for (String path : new String[]{"/", "/admin", "/admin/areas", "/min-profil"}) {
            Api.at(tenant).accept("text/html").get(path).then().statusCode(200)
                    .contentType(containsString("text/html")).body(containsString("<app-root"));
        }
    }

    @Test
    void responsesCarrySecurityHeadersAndACsrfCookieTheSpaCanRead() {
        RestAssured.given().header("Host", TestTenants.host(tenant)).accept("text/html").get("/").then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Set-Cookie", containsString("XSRF-TOKEN="))
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .header("Set-Cookie", not(containsString("HttpOnly")));
    }

    @Test
    void theSpaShellIsNeverCachedSoADeployIsPickedUpAtOnce() {
        for (String path : new String[]{"/", "/admin/areas", "/index.html"}) {
            Api.at(tenant).accept("text/html").get(path).then().statusCode(200).header("Cache-Control", "no-cache");
        }
    }

    @Test
    void adminLoginStartsTheCodeFlowAtTheAdminClient() {
        Api.at(tenant).accept("text/html").queryParam("returnTo", "/admin/areas").get("/login/admin")
                .then().statusCode(302)
                .header("Location", startsWith(TestLogins.issuer() + "/authorize"))
                .header("Location", containsString("client_id=valghalla-admin"));
    }

    @Test
    void participantLoginStartsTheCodeFlowAtTheParticipantClient() {
        Api.at(tenant).accept("text/html").get("/login/participant")
                .then().statusCode(302)
                .header("Location", containsString("client_id=valghalla-participant"));
    }

    @Test
    void aSignedInParticipantIsGreetedByNameAndSeesOnlyAMaskedCpr() {
        String token = TestLogins.participant("Anne Andersen", "0101901234");
        Api.as(tenant, token).get("/api/participant/me").then().statusCode(200)
                .body("name", equalTo("Anne Andersen"))
                .body("maskedCpr", equalTo("010190-XXXX"))
                .body(not(containsString("1234")));
    }

    @Test
    void theParticipantApiNeedsAParticipantLogin() {
        Api.at(tenant).get("/api/participant/me").then().statusCode(401).body("code", equalTo("auth.unauthenticated"));
    }

    @Test
    void readinessChecksTheDatabaseOnAnyHost() {
        RestAssured.given().header("Host", "10.0.0.7").get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void prometheusMetricsAreExposed() {
        RestAssured.get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/admin/areas")).body(containsString("/api/admin/audit-entries"));
    }
}
