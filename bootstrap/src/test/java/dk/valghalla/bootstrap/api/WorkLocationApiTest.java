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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class WorkLocationApiTest {
    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    AgroalDataSource dataSource;

    private Tenant tenant;
    private String admin;
    private String nord;
    private String syd;
    private String venstre;
    private String frivillige;

    @BeforeEach
    void newMunicipality() {
        tenant = TestTenants.register(registerTenant, "worklocations");
        admin = TestLogins.admin("Wilma Work", tenant.cvr().value());
        nord = post("/api/admin/areas", "{\"name\":\"Nord\"}");
        syd = post("/api/admin/areas", "{\"name\":\"Syd\"}");
        venstre = post("/api/admin/teams", "{\"name\":\"Venstre\",\"shortName\":\"V\"}");
        frivillige = post("/api/admin/teams", "{\"name\":\"Frivillige\",\"shortName\":\"F\"}");
    }

    private String post(String path, String body) {
        return Api.as(tenant, admin).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static String body(String area, String title, String version, String... teams) {
        return "{\"areaId\":\"" + area + "\",\"title\":\"" + title + "\",\"address\":\"Skolevej 1\","
                + "\"postalCode\":\"8000\",\"city\":\"Aarhus C\",\"votingAreaNumber\":3,\"taskTypeIds\":[],\"teamIds\":["
                + Stream.of(teams).map(t -> "\"" + t + "\"").collect(Collectors.joining(",")) + "]"
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private String create(String area, String title, String... teams) {
        return post("/api/admin/work-locations", body(area, title, null, teams));
    }

    @Test
    void aLocationIsCreatedWithItsAreaAddressVotingAreaAndTeams() {
        Api.as(tenant, admin).body(body(nord, "Rådhuset", null, venstre, frivillige)).post("/api/admin/work-locations")
                .then().statusCode(201)
                .body("areaId", equalTo(nord)).body("title", equalTo("Rådhuset"))
                .body("address", equalTo("Skolevej 1")).body("postalCode", equalTo("8000"))
                .body("city", equalTo("Aarhus C")).body("votingAreaNumber", equalTo(3))
                .body("teamIds", containsInAnyOrder(venstre, frivillige)).body("version", equalTo(0));
        Api.as(tenant, admin).body("{\"areaId\":\"" + syd + "\",\"title\":\"Tællested\",\"taskTypeIds\":[],\"teamIds\":[]}")
                .post("/api/admin/work-locations").then().statusCode(201)
                .body("address", nullValue()).body("votingAreaNumber", nullValue());
    }

    @Test
    void locationsAreListedInDanishOrderSearchedFilteredByAreaAndPaged() {
        create(nord, "Østskolen");
        create(nord, "Rådhuset");
        create(syd, "Aabyhøj Skole");
        create(syd, "Bakkeskolen");
        Api.as(tenant, admin).get("/api/admin/work-locations").then().statusCode(200).body("total", equalTo(4))
                .body("items.title", equalTo(List.of("Bakkeskolen", "Rådhuset", "Østskolen", "Aabyhøj Skole")));
        Api.as(tenant, admin).queryParam("areaId", syd).get("/api/admin/work-locations").then()
                .body("items.title", equalTo(List.of("Bakkeskolen", "Aabyhøj Skole")));
        Api.as(tenant, admin).queryParam("areaId", nord).queryParam("q", "SKOLE").get("/api/admin/work-locations").then()
                .body("items.title", equalTo(List.of("Østskolen")));
        Api.as(tenant, admin).queryParam("q", "aarhus").queryParam("page", 1).queryParam("size", 3)
                .get("/api/admin/work-locations").then().body("total", equalTo(4))
                .body("items.title", equalTo(List.of("Aabyhøj Skole")));
        Api.as(tenant, admin).queryParam("size", 0).get("/api/admin/work-locations").then().statusCode(400);
    }

    @Test
    void badInputIsRefused() {
        Api.as(tenant, admin).body("{\"title\":\"Skolen\",\"taskTypeIds\":[],\"teamIds\":[]}").post("/api/admin/work-locations")
                .then().statusCode(400).body("violations.field", hasItem("areaId"));
        Api.as(tenant, admin).body("{\"areaId\":\"" + nord + "\",\"title\":\" \",\"taskTypeIds\":[],\"teamIds\":[]}")
                .post("/api/admin/work-locations").then().statusCode(400).body("violations.field", hasItem("title"));
        Api.as(tenant, admin).body("{\"areaId\":\"" + nord + "\",\"title\":\"Skolen\"}")
                .post("/api/admin/work-locations").then().statusCode(400).body("violations.field", hasItem("teamIds"));
        Api.as(tenant, admin).body("{\"areaId\":\"" + nord + "\",\"title\":\"Skolen\",\"postalCode\":\"800\",\"taskTypeIds\":[],\"teamIds\":[]}")
                .post("/api/admin/work-locations").then().statusCode(400).body("violations.field", hasItem("postalCode"));
        Api.as(tenant, admin).body("{\"areaId\":\"" + nord + "\",\"title\":\"Skolen\",\"votingAreaNumber\":0,\"taskTypeIds\":[],\"teamIds\":[]}")
                .post("/api/admin/work-locations").then().statusCode(400).body("violations.field", hasItem("votingAreaNumber"));
        Api.as(tenant, admin).body("{\"areaId\":\"" + nord + "\",\"title\":\"Skolen\",\"votingAreaNumber\":\"syv\",\"taskTypeIds\":[],\"teamIds\":[]}")
                .post("/api/admin/work-locations").then().statusCode(400).body("code", equalTo("request.malformed"));
        Api.as(tenant, admin).body(body(UUID.randomUUID().toString(), "Skolen", null)).post("/api/admin/work-locations")
                .then().statusCode(400).body("violations[0].field", equalTo("areaId"))
                .body("violations[0].code", equalTo("area.unknown"));
        Api.as(tenant, admin).body(body(nord, "Skolen", null, venstre, UUID.randomUUID().toString()))
                .post("/api/admin/work-locations").then().statusCode(400)
                .body("violations[0].field", equalTo("teamIds")).body("violations[0].code", equalTo("team.unknown"));
        Api.as(tenant, admin).get("/api/admin/work-locations").then().body("total", equalTo(0));
        Api.as(tenant, admin).get("/api/admin/work-locations/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("work_location.not_found"));
        String id = create(nord, "Skolen");
        Api.as(tenant, admin).body(body(nord, "Skolen", null)).put("/api/admin/work-locations/" + id)
                .then().statusCode(400).body("violations.field", hasItem("version"));
    }

    @Test
    void titlesAreUniqueAndRevisionsCheckTheVersion() {
        String skolen = create(nord, "Skolen", venstre);
        create(nord, "Hallen");
        Api.as(tenant, admin).body(body(syd, "SKOLEN", null)).post("/api/admin/work-locations")
                .then().statusCode(409).body("code", equalTo("work_location.title_taken"));
        Api.as(tenant, admin).body(body(nord, "hallen", "0")).put("/api/admin/work-locations/" + skolen)
                .then().statusCode(409).body("code", equalTo("work_location.title_taken"));
        Api.as(tenant, admin).body(body(syd, "Skolen", "0", venstre, frivillige)).put("/api/admin/work-locations/" + skolen)
                .then().statusCode(200).body("areaId", equalTo(syd))
                .body("teamIds", containsInAnyOrder(venstre, frivillige)).body("version", equalTo(1));
        Api.as(tenant, admin).body(body(syd, "Skolen", "0")).put("/api/admin/work-locations/" + skolen)
                .then().statusCode(409).body("code", equalTo("work_location.modified_concurrently"));
        Api.as(tenant, admin).body(body(syd, "Skolen", "1", frivillige)).put("/api/admin/work-locations/" + skolen)
                .then().statusCode(200).body("teamIds", equalTo(List.of(frivillige))).body("version", equalTo(2));
    }

    @Test
    void whileAnElectionIsActiveTheTeamsCannotChangeAndTheLocationCannotBeDeleted() throws Exception {
        String skolen = create(nord, "Skolen", venstre);
        UUID election = TestElections.insert(dataSource, tenant, true, skolen);
        Api.as(tenant, admin).body(body(nord, "Skolen", "0", venstre, frivillige)).put("/api/admin/work-locations/" + skolen)
                .then().statusCode(409).body("code", equalTo("work_location.in_active_election"));
        Api.as(tenant, admin).body(body(nord, "Skolen, hal B", "0", venstre)).put("/api/admin/work-locations/" + skolen)
                .then().statusCode(200).body("title", equalTo("Skolen, hal B"));
        Api.as(tenant, admin).get("/api/admin/work-locations/" + skolen + "/deletion-preview").then().statusCode(200)
                .body("allowed", equalTo(false))
                .body("blockers[0].code", equalTo("work_location.in_active_election"))
                .body("blockers[0].params.count", equalTo("1"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/work-locations/" + skolen)
                .then().statusCode(409).body("code", equalTo("work_location.in_active_election"));

        TestElections.setActive(dataSource, tenant, election, false);
        Api.as(tenant, admin).get("/api/admin/work-locations/" + skolen + "/deletion-preview").then()
                .body("allowed", equalTo(true))
                .body("warnings[0].code", equalTo("work_location.removed_from_elections"))
                .body("warnings[0].params.count", equalTo("1"));
        Api.as(tenant, admin).delete("/api/admin/work-locations/" + skolen).then().statusCode(428)
                .body("code", equalTo("confirmation.required"))
                .body("consequences.warnings[0].code", equalTo("work_location.removed_from_elections"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/work-locations/" + skolen)
                .then().statusCode(204);
        Api.as(tenant, admin).get("/api/admin/work-locations/" + skolen).then().statusCode(404);
    }

    @Test
    void anAreaWithLocationsCannotBeDeletedUntilTheyAreGone() {
        String skolen = create(syd, "Skolen");
        Api.as(tenant, admin).get("/api/admin/areas/" + syd + "/deletion-preview").then()
                .body("blockers[0].code", equalTo("area.has_work_locations"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/areas/" + syd)
                .then().statusCode(409).body("code", equalTo("area.has_work_locations"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/work-locations/" + skolen)
                .then().statusCode(204);
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/areas/" + syd).then().statusCode(204);
    }

    @Test
    void everyChangeIsAudited() {
        String skolen = create(nord, "Skolen", venstre);
        Api.as(tenant, admin).body(body(nord, "Skolen", "0")).put("/api/admin/work-locations/" + skolen)
                .then().statusCode(200);
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/work-locations/" + skolen)
                .then().statusCode(204);
        Api.as(tenant, admin).queryParam("objectType", "WORK_LOCATION").get("/api/admin/audit-entries").then()
                .body("items.action", equalTo(List.of("WORK_LOCATION_DELETED", "WORK_LOCATION_UPDATED",
                        "WORK_LOCATION_CREATED")))
                .body("items[2].summary", equalTo("Skolen (Nord, 1 team(s), 0 task type(s))"))
                .body("items[1].summary", equalTo("Skolen (Nord, 0 team(s), 0 task type(s))"));
    }

    private String taskType(String title, String shortName) {
        return post("/api/admin/task-types", "{\"title\":\"" + title + "\",\"shortName\":\"" + shortName
                + "\",\"startTime\":\"07:00\",\"endTime\":\"22:00\"}");
    }

    private static String withTaskTypes(String area, String title, String version, String... taskTypes) {
        return body(area, title, version).replace("\"taskTypeIds\":[]", "\"taskTypeIds\":["
                + Stream.of(taskTypes).map(t -> "\"" + t + "\"").collect(Collectors.joining(",")) + "]");
    }

    @Test
    void theTaskTypesDoneAtALocationAreKeptAndFrozenWhileAnElectionIsActive() throws Exception {
        String valgstyrer = taskType("Valgstyrer", "VS");
        String tilforordnet = taskType("Tilforordnet", "TF");
        String skolen = post("/api/admin/work-locations", withTaskTypes(nord, "Skolen", null, valgstyrer, tilforordnet));
        Api.as(tenant, admin).get("/api/admin/work-locations/" + skolen).then().statusCode(200)
                .body("taskTypeIds", containsInAnyOrder(valgstyrer, tilforordnet));
        Api.as(tenant, admin).body(withTaskTypes(nord, "Skolen", null, UUID.randomUUID().toString()))
                .post("/api/admin/work-locations").then().statusCode(400)
                .body("violations[0].field", equalTo("taskTypeIds")).body("violations[0].code", equalTo("task_type.unknown"));
        Api.as(tenant, admin).body("{\"areaId\":\"" + nord + "\",\"title\":\"Hallen\",\"teamIds\":[]}")
                .post("/api/admin/work-locations").then().statusCode(400).body("violations.field", hasItem("taskTypeIds"));

        UUID election = TestElections.insert(dataSource, tenant, true, skolen);
        Api.as(tenant, admin).body(withTaskTypes(nord, "Skolen", "0", valgstyrer)).put("/api/admin/work-locations/" + skolen)
                .then().statusCode(409).body("code", equalTo("work_location.in_active_election"));
        Api.as(tenant, admin).get("/api/admin/task-types/" + valgstyrer + "/deletion-preview").then().statusCode(200)
                .body("allowed", equalTo(false)).body("blockers[0].code", equalTo("task_type.in_active_election"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/task-types/" + valgstyrer)
                .then().statusCode(409).body("code", equalTo("task_type.in_active_election"));

        TestElections.setActive(dataSource, tenant, election, false);
        Api.as(tenant, admin).body(withTaskTypes(nord, "Skolen", "0", valgstyrer)).put("/api/admin/work-locations/" + skolen)
                .then().statusCode(200).body("taskTypeIds", equalTo(List.of(valgstyrer)));
        Api.as(tenant, admin).delete("/api/admin/task-types/" + valgstyrer).then().statusCode(428)
                .body("consequences.warnings[0].code", equalTo("task_type.removed_from_work_locations"))
                .body("consequences.warnings[0].params.count", equalTo("1"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/task-types/" + valgstyrer)
                .then().statusCode(204);
        Api.as(tenant, admin).get("/api/admin/work-locations/" + skolen).then().body("taskTypeIds", equalTo(List.of()));
    }
}
