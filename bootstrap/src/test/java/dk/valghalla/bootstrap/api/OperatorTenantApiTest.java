package dk.valghalla.bootstrap.api;

import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Operators register municipalities; each one is reachable at its host at once, with its own empty schema. */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class OperatorTenantApiTest {
    private static RequestSpecification operator() {
        return RestAssured.given().header("Host", "ops.internal").header("X-Operator-Token", "test-operator-token")
                .contentType("application/json");
    }

    private static String body(String id, String cvr, String host) {
        return "{\"id\":\"" + id + "\",\"name\":\"Ny Kommune\",\"municipalityCode\":\"123\",\"cvr\":\"" + cvr
                + "\",\"hosts\":[\"" + host + "\"],\"settings\":{\"digitalPostSender\":\"Ny Kommune\"}}";
    }

    @Test
    void anOperatorRegistersAMunicipalityThatIsServedAtOnce() {
        operator().body(body("ny-kommune", "29189846", "ny-kommune.localhost")).post("/api/operator/tenants")
                .then().statusCode(201)
                .body("id", equalTo("ny-kommune"))
                .body("municipalityCode", equalTo("0123"))
                .body("settings.digitalPostSender", equalTo("Ny Kommune"));
        operator().get("/api/operator/tenants").then().statusCode(200).body("id", hasItem("ny-kommune"));
        Api.at("ny-kommune.localhost").get("/api/public/municipality").then().statusCode(200)
                .body("name", equalTo("Ny Kommune"));
        String admin = TestLogins.admin("Nina Ny", "29189846");
        Api.at("ny-kommune.localhost").auth().oauth2(admin).queryParam("action", "TENANT_REGISTERED")
                .get("/api/admin/audit-entries").then().statusCode(200)
                .body("items[0].actor", equalTo("Operator (operator)"))
                .body("items[0].summary", equalTo("Ny Kommune (0123)"));
    }

    @Test
    void theOperatorApiRequiresTheOperatorToken() {
        RestAssured.given().get("/api/operator/tenants").then().statusCode(401)
                .body("code", equalTo("operator.unauthenticated"));
        RestAssured.given().header("X-Operator-Token", "guess").get("/api/operator/tenants").then().statusCode(401);
    }

    @Test
    void invalidMunicipalitiesAreRefusedWithTheFieldNamed() {
        operator().body(body("Bad Id", "29189846", "bad.localhost")).post("/api/operator/tenants")
                .then().statusCode(400).body("violations.field", hasItem("id"));
        operator().body(body("bad-cvr", "12345678", "bad-cvr.localhost")).post("/api/operator/tenants")
                .then().statusCode(400).body("violations.code", hasItem("tenant.cvr_invalid"));
        operator().body("{\"id\":\"x\"}").post("/api/operator/tenants")
                .then().statusCode(400).body("code", equalTo("request.invalid"));
    }

    @Test
    void aHostOrIdCanBelongToOneMunicipalityOnly() {
        operator().body(body("first-kommune", "29189846", "first.localhost")).post("/api/operator/tenants")
                .then().statusCode(201);
        operator().body(body("second-kommune", "29189854", "first.localhost")).post("/api/operator/tenants")
                .then().statusCode(409).body("code", equalTo("tenant.host_taken"));
        operator().body(body("first-kommune", "29189854", "other.localhost")).post("/api/operator/tenants")
                .then().statusCode(409).body("code", equalTo("tenant.exists"));
    }
}
