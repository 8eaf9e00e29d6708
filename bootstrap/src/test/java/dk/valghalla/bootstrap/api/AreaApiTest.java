package dk.valghalla.bootstrap.api;

import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class AreaApiTest {
    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    AgroalDataSource dataSource;

    private Tenant tenant;
    private String admin;

    @BeforeEach
    void newMunicipality() {
        tenant = TestTenants.register(registerTenant, "areas");
        admin = TestLogins.admin("Ada Admin", tenant.cvr().value());
    }

    private String create(String name) {
        return Api.as(tenant, admin).body("{\"name\":\"" + name + "\"}").post("/api/admin/areas")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void anAdminCreatesAnAreaAndSeesItInTheList() {
        Api.as(tenant, admin).body("{\"name\":\"  Nord \",\"description\":\"Skoler nord for åen\"}")
                .post("/api/admin/areas")
                .then().statusCode(201)
                .header("Location", containsString("/api/admin/areas/"))
                .body("name", equalTo("Nord"))
                .body("description", equalTo("Skoler nord for åen"))
                .body("version", equalTo(0));

        Api.as(tenant, admin).get("/api/admin/areas")
                .then().statusCode(200).body("name", equalTo(List.of("Nord")));
    }

    @Test
    void theListIsInDanishAlphabeticalOrder() {
        for (String name : List.of("Åby", "Østerbro", "Centrum", "Ærø", "Bakken")) {
            create(name);
        }
        Api.as(tenant, admin).get("/api/admin/areas").then().statusCode(200)
                .body("name", equalTo(List.of("Bakken", "Centrum", "Ærø", "Østerbro", "Åby")));
    }

    @Test
    void aBlankNameIsABadRequestWithTheFieldNamed() {
        Api.as(tenant, admin).body("{\"name\":\"  \"}").post("/api/admin/areas")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.invalid"))
                .body("violations.field", hasItem("name"));
        Api.as(tenant, admin).get("/api/admin/areas").then().body("size()", equalTo(0));
    }

    @Test
    void aTooLongNameIsABadRequest() {
        Api.as(tenant, admin).body("{\"name\":\"" + "x".repeat(256) + "\"}").post("/api/admin/areas")
                .then().statusCode(400).body("code", equalTo("request.invalid")).body("violations.field", hasItem("name"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        Api.as(tenant, admin).body("{\"name\": ").post("/api/admin/areas")
                .then().statusCode(400).body("code", equalTo("request.malformed"));
    }

    @Test
    void aDuplicateNameIsAConflict() {
        create("Nord");
        Api.as(tenant, admin).body("{\"name\":\"NORD\"}").post("/api/admin/areas")
                .then().statusCode(409).body("code", equalTo("area.name_taken"));
    }

    @Test
    void anAdminRenamesAndDescribesAnArea() {
        String id = create("Nord");
        Api.as(tenant, admin).body("{\"name\":\"Nordby\",\"description\":\"Ny\",\"version\":0}")
                .put("/api/admin/areas/" + id)
                .then().statusCode(200).body("name", equalTo("Nordby")).body("version", equalTo(1));
        Api.as(tenant, admin).get("/api/admin/areas/" + id)
                .then().statusCode(200).body("description", equalTo("Ny"));
    }

    @Test
    void anEditBasedOnAStaleVersionIsAConflictAndChangesNothing() {
        String id = create("Nord");
        Api.as(tenant, admin).body("{\"name\":\"Nordby\",\"version\":0}").put("/api/admin/areas/" + id)
                .then().statusCode(200);
        Api.as(tenant, admin).body("{\"name\":\"Nordvest\",\"version\":0}").put("/api/admin/areas/" + id)
                .then().statusCode(409).body("code", equalTo("area.modified_concurrently"));
        Api.as(tenant, admin).get("/api/admin/areas/" + id).then().body("name", equalTo("Nordby"));
    }

    @Test
    void anEditWithoutVersionIsABadRequest() {
        String id = create("Nord");
        Api.as(tenant, admin).body("{\"name\":\"Nordby\"}").put("/api/admin/areas/" + id)
                .then().statusCode(400).body("violations.field", hasItem("version"));
    }

    @Test
    void unknownAreasAreNotFound() {
        create("Nord");
        String unknown = UUID.randomUUID().toString();
        Api.as(tenant, admin).get("/api/admin/areas/" + unknown)
                .then().statusCode(404).body("code", equalTo("area.not_found"));
        Api.as(tenant, admin).body("{\"name\":\"X\",\"version\":0}").put("/api/admin/areas/" + unknown)
                .then().statusCode(404).body("code", equalTo("area.not_found"));
        Api.as(tenant, admin).delete("/api/admin/areas/" + unknown)
                .then().statusCode(404).body("code", equalTo("area.not_found"));
        Api.as(tenant, admin).get("/api/admin/areas/not-a-uuid").then().statusCode(404);
    }

    @Test
    void anAdminDeletesAnArea() {
        create("Nord");
        String syd = create("Syd");
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/areas/" + syd).then().statusCode(204);
        Api.as(tenant, admin).get("/api/admin/areas/" + syd).then().statusCode(404);
        Api.as(tenant, admin).get("/api/admin/areas").then().body("name", equalTo(List.of("Nord")));
    }

    @Test
    void deletingFirstAnswersTheConsequencesAndDeletesOnlyWhenConfirmed() {
        create("Nord");
        String syd = create("Syd");
        Api.as(tenant, admin).get("/api/admin/areas/" + syd + "/deletion-preview").then().statusCode(200)
                .body("allowed", equalTo(true)).body("blockers.size()", equalTo(0));
        Api.as(tenant, admin).delete("/api/admin/areas/" + syd).then().statusCode(428)
                .contentType("application/problem+json")
                .body("code", equalTo("confirmation.required"))
                .body("consequences.allowed", equalTo(true));
        Api.as(tenant, admin).get("/api/admin/areas/" + syd).then().statusCode(200);
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/areas/" + syd).then().statusCode(204);
    }

    @Test
    void thePreviewNamesWhatBlocksADeletion() {
        String nord = create("Nord");
        Api.as(tenant, admin).get("/api/admin/areas/" + nord + "/deletion-preview").then().statusCode(200)
                .body("allowed", equalTo(false))
                .body("blockers.code", equalTo(List.of("area.last_area")));
        Api.as(tenant, admin).get("/api/admin/areas/" + UUID.randomUUID() + "/deletion-preview")
                .then().statusCode(404).body("code", equalTo("area.not_found"));
    }

    @Test
    void theLastAreaCannotBeDeleted() {
        String nord = create("Nord");
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/areas/" + nord)
                .then().statusCode(409).body("code", equalTo("area.last_area"));
        Api.as(tenant, admin).get("/api/admin/areas").then().body("size()", equalTo(1));
    }

    @Test
    void anAreaWithWorkLocationsCannotBeDeleted() throws Exception {
        create("Nord");
        String syd = create("Syd");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into " + tenant.id().schemaName() + ".work_location (id, area_id, title) values (?, ?, ?)")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, UUID.fromString(syd));
            ps.setString(3, "Sydskolen");
            ps.executeUpdate();
        }
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/areas/" + syd)
                .then().statusCode(409).body("code", equalTo("area.has_work_locations"));
        Api.as(tenant, admin).get("/api/admin/areas/" + syd + "/deletion-preview").then()
                .body("blockers[0].code", equalTo("area.has_work_locations"))
                .body("blockers[0].params.count", equalTo("1"));
        Api.as(tenant, admin).get("/api/admin/areas/" + syd).then().statusCode(200);
    }

    @Test
    void everyChangeIsInTheAuditLogWithTheAdminsName() {
        String id = create("Nord");
        create("Syd");
        Api.as(tenant, admin).body("{\"name\":\"Nordby\",\"version\":0}").put("/api/admin/areas/" + id).then().statusCode(200);
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/areas/" + id).then().statusCode(204);

        var entries = Api.as(tenant, admin).queryParam("objectType", "AREA").get("/api/admin/audit-entries")
                .then().statusCode(200).body("total", equalTo(4)).extract().jsonPath();
        assertThat(entries.getList("items.action", String.class))
                .containsExactly("AREA_DELETED", "AREA_UPDATED", "AREA_CREATED", "AREA_CREATED");
        assertThat(entries.getList("items.actor", String.class)).allMatch(a -> a.equals("Ada Admin (admin)"));
        assertThat(entries.getList("items.objectId", String.class)).contains(id);
        assertThat(entries.getList("items.summary", String.class)).contains("Nord → Nordby");
    }

    @Test
    void theAuditLogFiltersAndPages() {
        create("Nord");
        create("Syd");
        Api.as(tenant, admin).queryParam("action", "AREA_CREATED").queryParam("size", 1).queryParam("page", 1)
                .get("/api/admin/audit-entries")
                .then().statusCode(200).body("total", equalTo(2)).body("items.size()", equalTo(1))
                .body("page", equalTo(1)).body("items[0].summary", equalTo("Nord"));
        Api.as(tenant, admin).queryParam("actor", "nobody-like-this").get("/api/admin/audit-entries")
                .then().statusCode(200).body("total", equalTo(0));
        Api.as(tenant, admin).queryParam("from", "2000-01-01").queryParam("to", "2000-01-02")
                .get("/api/admin/audit-entries").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badAuditFiltersAreBadRequests() {
        Api.as(tenant, admin).queryParam("action", "EXPLODED").get("/api/admin/audit-entries")
                .then().statusCode(400).body("violations.field", hasItem("action"));
        Api.as(tenant, admin).queryParam("from", "22-11-2026").get("/api/admin/audit-entries")
                .then().statusCode(400).body("violations.field", hasItem("from"));
        Api.as(tenant, admin).queryParam("size", 5000).get("/api/admin/audit-entries")
                .then().statusCode(400).body("code", equalTo("request.invalid"));
    }

    @Test
    void withoutSignInTheApiAnswers401() {
        Api.at(tenant).get("/api/admin/areas")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("auth.unauthenticated"));
        Api.at(tenant).body("{\"name\":\"Nord\"}").post("/api/admin/areas").then().statusCode(401);
    }

    @Test
    void anAdminOfAnotherMunicipalityIsForbidden() {
        Tenant other = TestTenants.register(registerTenant, "other");
        String otherAdmin = TestLogins.admin("Olga Other", other.cvr().value());
        Api.as(tenant, otherAdmin).get("/api/admin/areas")
                .then().statusCode(403).body("code", equalTo("auth.forbidden"));
        Api.as(tenant, otherAdmin).body("{\"name\":\"Nord\"}").post("/api/admin/areas").then().statusCode(403);
    }

    @Test
    void anEmployeeWithoutTheAdminRoleIsForbidden() {
        String employee = TestLogins.employeeWithoutRole("Erik", tenant.cvr().value());
        Api.as(tenant, employee).get("/api/admin/areas").then().statusCode(403);
    }

    @Test
    void aParticipantCannotUseTheAdminApi() {
        String participant = TestLogins.participant("Anne Andersen", "0101901234");
        int status = Api.as(tenant, participant).get("/api/admin/areas").then().extract().statusCode();
        assertThat(status).isIn(401, 403);
    }

    @Test
    void anApiClientWithABearerTokenNeedsNoCsrfToken() {
        RestAssured.given().header("Host", TestTenants.host(tenant)).auth().oauth2(admin)
                .contentType("application/json").body("{\"name\":\"Nord\"}")
                .post("/api/admin/areas")
                .then().statusCode(201);
    }

    @Test
    void theAdminSeesWhoIsSignedInAndForWhichMunicipality() {
        Api.as(tenant, admin).get("/api/admin/me").then().statusCode(200)
                .body("name", equalTo("Ada Admin"))
                .body("municipality", equalTo(tenant.name()))
                .body("roles", equalTo(List.of("admin")));
    }

    @Test
    void errorsNeverLeakStackTraces() {
        Api.as(tenant, admin).contentType("text/plain").body("Nord").post("/api/admin/areas")
                .then().statusCode(415).body("code", equalTo("request.unsupported_media_type"))
                .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
        Api.as(tenant, admin).get("/api/admin/does-not-exist")
                .then().statusCode(404).body("code", startsWith("resource.")).body("trace", nullValue())
                .body("stackTrace", nullValue());
    }
}
