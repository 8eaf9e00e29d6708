package dk.valghalla.bootstrap.api;

import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.TestElections;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class TeamApiTest {
    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    AgroalDataSource dataSource;

    private Tenant tenant;
    private String admin;

    @BeforeEach
    void newMunicipality() {
        tenant = TestTenants.register(registerTenant, "teams");
        admin = TestLogins.admin("Tove Team", tenant.cvr().value());
    }

    private String create(String name, String shortName) {
        return Api.as(tenant, admin).body("{\"name\":\"" + name + "\",\"shortName\":\"" + shortName + "\"}")
                .post("/api/admin/teams").then().statusCode(201).extract().path("id");
    }

    private String workLocationWith(String... teamIds) {
        String area = Api.as(tenant, admin).body("{\"name\":\"Område " + UUID.randomUUID() + "\"}")
                .post("/api/admin/areas").then().statusCode(201).extract().path("id");
        return Api.as(tenant, admin).body("{\"areaId\":\"" + area + "\",\"title\":\"Sted " + UUID.randomUUID()
                        + "\",\"taskTypeIds\":[],\"teamIds\":[" + String.join(",", List.of(teamIds).stream().map(t -> "\"" + t + "\"").toList()) + "]}")
                .post("/api/admin/work-locations").then().statusCode(201).extract().path("id");
    }

    @Test
    void teamsAreListedInDanishOrderSearchedAndPaged() {
        Api.as(tenant, admin).body("{\"name\":\" Åbne Liste \",\"shortName\":\"Å\",\"description\":\"Et parti\\nmed to linjer\"}")
                .post("/api/admin/teams").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/admin/teams/"))
                .body("name", equalTo("Åbne Liste")).body("description", equalTo("Et parti\nmed to linjer"))
                .body("version", equalTo(0));
        create("Venstre", "V");
        create("Borgerservice", "BS");
        create("Aalborg Frivillige", "AF");
        Api.as(tenant, admin).get("/api/admin/teams").then().statusCode(200).body("total", equalTo(4))
                .body("items.name", equalTo(List.of("Borgerservice", "Venstre", "Åbne Liste", "Aalborg Frivillige")));
        Api.as(tenant, admin).queryParam("q", "bs").get("/api/admin/teams").then()
                .body("items.name", equalTo(List.of("Borgerservice")));
        Api.as(tenant, admin).queryParam("page", 1).queryParam("size", 2).get("/api/admin/teams").then()
                .body("total", equalTo(4)).body("page", equalTo(1))
                .body("items.name", equalTo(List.of("Åbne Liste", "Aalborg Frivillige")));
        Api.as(tenant, admin).queryParam("size", 201).get("/api/admin/teams").then().statusCode(400);
    }

    @Test
    void revisingChecksTheVersionAndTheUniqueName() {
        String id = create("Venstre", "V");
        create("Frivillige", "F");
        Api.as(tenant, admin).body("{\"name\":\"Venstre\",\"shortName\":\"V\",\"description\":\"Liberale\",\"version\":0}")
                .put("/api/admin/teams/" + id).then().statusCode(200)
                .body("description", equalTo("Liberale")).body("version", equalTo(1));
        Api.as(tenant, admin).body("{\"name\":\"Venstre\",\"shortName\":\"V\",\"version\":0}")
                .put("/api/admin/teams/" + id).then().statusCode(409).body("code", equalTo("team.modified_concurrently"));
        Api.as(tenant, admin).body("{\"name\":\"FRIVILLIGE\",\"shortName\":\"V\",\"version\":1}")
                .put("/api/admin/teams/" + id).then().statusCode(409).body("code", equalTo("team.name_taken"));
        Api.as(tenant, admin).body("{\"name\":\"frivillige\",\"shortName\":\"X\"}").post("/api/admin/teams")
                .then().statusCode(409).body("code", equalTo("team.name_taken"));
        Api.as(tenant, admin).body("{\"name\":\"Venstre\",\"shortName\":\"V\",\"description\":\" \",\"version\":1}")
                .put("/api/admin/teams/" + id).then().statusCode(200).body("description", nullValue());
    }

    @Test
    void badInputIsRefused() {
        Api.as(tenant, admin).body("{\"name\":\" \",\"shortName\":\"V\"}").post("/api/admin/teams")
                .then().statusCode(400).body("code", equalTo("request.invalid")).body("violations.field", hasItem("name"));
        Api.as(tenant, admin).body("{\"name\":\"Venstre\"}").post("/api/admin/teams")
                .then().statusCode(400).body("violations.field", hasItem("shortName"));
        Api.as(tenant, admin).body("{\"name\":\"Venstre\",\"shortName\":\"" + "V".repeat(51) + "\"}").post("/api/admin/teams")
                .then().statusCode(400).body("violations.field", hasItem("shortName"));
        Api.as(tenant, admin).body("{\"name\":\"Venstre\",\"shortName\":\"V\",\"description\":\"" + "x".repeat(2001) + "\"}")
                .post("/api/admin/teams").then().statusCode(400).body("violations.field", hasItem("description"));
        Api.as(tenant, admin).body("{\"name\":\"" + "n".repeat(256) + "\",\"shortName\":\"V\"}").post("/api/admin/teams")
                .then().statusCode(400).body("violations.field", hasItem("name"));
        Api.as(tenant, admin).body("{\"name\":\"Ve\\u0007nstre\",\"shortName\":\"V\"}").post("/api/admin/teams")
                .then().statusCode(400).body("violations[0].code", equalTo("text.control_characters"));
        Api.as(tenant, admin).body("{\"name\":").post("/api/admin/teams")
                .then().statusCode(400).body("code", equalTo("request.malformed"));
        String id = create("Venstre", "V");
        Api.as(tenant, admin).body("{\"name\":\"Venstre\",\"shortName\":\"V\"}").put("/api/admin/teams/" + id)
                .then().statusCode(400).body("violations.field", hasItem("version"));
        Api.as(tenant, admin).get("/api/admin/teams/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("team.not_found"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/teams/" + UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("team.not_found"));
    }

    @Test
    void aTeamAtALocationOfAnActiveElectionCannotBeDeleted() throws Exception {
        String venstre = create("Venstre", "V");
        String location = workLocationWith(venstre);
        UUID election = TestElections.insert(dataSource, tenant, true, location);
        Api.as(tenant, admin).get("/api/admin/teams/" + venstre + "/deletion-preview").then().statusCode(200)
                .body("allowed", equalTo(false))
                .body("blockers[0].code", equalTo("team.in_active_election"))
                .body("blockers[0].params.count", equalTo("1"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/teams/" + venstre)
                .then().statusCode(409).body("code", equalTo("team.in_active_election"));
        Api.as(tenant, admin).get("/api/admin/teams/" + venstre).then().statusCode(200);

        TestElections.setActive(dataSource, tenant, election, false);
        Api.as(tenant, admin).get("/api/admin/teams/" + venstre + "/deletion-preview").then()
                .body("allowed", equalTo(true))
                .body("warnings[0].code", equalTo("team.removed_from_work_locations"))
                .body("warnings[0].params.count", equalTo("1"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/teams/" + venstre).then().statusCode(204);
        Api.as(tenant, admin).get("/api/admin/work-locations/" + location).then().statusCode(200)
                .body("teamIds", equalTo(List.of()));
    }

    @Test
    void aTeamIsDeletedOnlyAfterConfirmationAndEveryChangeIsAudited() {
        String id = create("Venstre", "V");
        Api.as(tenant, admin).body("{\"name\":\"Venstre\",\"shortName\":\"V\",\"version\":0}")
                .put("/api/admin/teams/" + id).then().statusCode(200);
        Api.as(tenant, admin).delete("/api/admin/teams/" + id).then().statusCode(428)
                .body("code", equalTo("confirmation.required")).body("consequences.allowed", equalTo(true));
        Api.as(tenant, admin).get("/api/admin/teams/" + id).then().statusCode(200);
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/teams/" + id).then().statusCode(204);
        Api.as(tenant, admin).get("/api/admin/teams/" + id).then().statusCode(404);
        Api.as(tenant, admin).queryParam("objectType", "TEAM").get("/api/admin/audit-entries").then()
                .body("items.action", equalTo(List.of("TEAM_DELETED", "TEAM_UPDATED", "TEAM_CREATED")))
                .body("items[0].summary", equalTo("Venstre (V)"))
                .body("items[0].actor", startsWith("Tove Team"));
    }
}
