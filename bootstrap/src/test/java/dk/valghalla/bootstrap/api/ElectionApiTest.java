package dk.valghalla.bootstrap.api;

import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class ElectionApiTest {
    @Inject
    RegisterTenantUseCase registerTenant;

    private Tenant tenant;
    private String admin;
    private String folketingsvalg;
    private String kommunalvalg;
    private String raadhuset;
    private String skolen;

    @BeforeEach
    void newMunicipality() {
        tenant = TestTenants.register(registerTenant, "elections");
        admin = TestLogins.admin("Eva Election", tenant.cvr().value());
        folketingsvalg = post("/api/admin/election-types", "{\"title\":\"Folketingsvalg\",\"rules\":[\"AGE_18_ON_TASK_DATE\"]}");
        kommunalvalg = post("/api/admin/election-types", "{\"title\":\"Kommunalvalg\",\"rules\":[]}");
        String nord = post("/api/admin/areas", "{\"name\":\"Nord\"}");
        raadhuset = post("/api/admin/work-locations", "{\"areaId\":\"" + nord
                + "\",\"title\":\"Rådhuset\",\"teamIds\":[],\"taskTypeIds\":[]}");
        skolen = post("/api/admin/work-locations", "{\"areaId\":\"" + nord
                + "\",\"title\":\"Skolen\",\"teamIds\":[],\"taskTypeIds\":[]}");
    }

    private String post(String path, String body) {
        return Api.as(tenant, admin).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private String body(String title, String type, String start, String end, String day, String version,
                        String... workLocations) {
        return "{\"title\":\"" + title + "\",\"electionTypeId\":\"" + type + "\",\"lockPeriodDays\":5,"
                + "\"periodStart\":\"" + start + "\",\"periodEnd\":\"" + end + "\",\"electionDate\":\"" + day + "\","
                + "\"workLocationIds\":[" + Stream.of(workLocations).map(w -> "\"" + w + "\"").collect(Collectors.joining(","))
                + "]" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private String ft2027(String version, String... workLocations) {
        return body("Folketingsvalg 2027", folketingsvalg, "2027-02-01", "2027-03-31", "2027-03-02", version, workLocations);
    }

    private String create(String body) {
        return post("/api/admin/elections", body);
    }

    @Test
    void anAdminCreatesAnInactiveElectionWithItsWorkLocations() {
        Api.as(tenant, admin).body(ft2027(null, raadhuset, skolen)).post("/api/admin/elections").then().statusCode(201)
                .header("Location", containsString("/api/admin/elections/"))
                .body("title", equalTo("Folketingsvalg 2027")).body("electionTypeId", equalTo(folketingsvalg))
                .body("lockPeriodDays", equalTo(5)).body("periodStart", equalTo("2027-02-01"))
                .body("periodEnd", equalTo("2027-03-31")).body("electionDate", equalTo("2027-03-02"))
                .body("active", equalTo(false)).body("workLocationIds", containsInAnyOrder(raadhuset, skolen))
                .body("version", equalTo(0));
    }

    @Test
    void electionsAreListedLatestFirstAndFilteredByState() {
        create(body("Kommunalvalg 2029", kommunalvalg, "2029-10-01", "2029-11-30", "2029-11-20", null, raadhuset));
        String ft = create(ft2027(null, raadhuset));
        create(body("Europaparlamentsvalg", folketingsvalg, "2029-05-01", "2029-06-30", "2029-06-09", null, skolen));
        Api.as(tenant, admin).post("/api/admin/elections/" + ft + "/activation").then().statusCode(200)
                .body("active", equalTo(true));
        Api.as(tenant, admin).get("/api/admin/elections").then().statusCode(200).body("total", equalTo(3))
                .body("items.title", equalTo(List.of("Kommunalvalg 2029", "Europaparlamentsvalg", "Folketingsvalg 2027")));
        Api.as(tenant, admin).queryParam("active", true).get("/api/admin/elections").then()
                .body("items.title", equalTo(List.of("Folketingsvalg 2027")));
        Api.as(tenant, admin).queryParam("active", false).queryParam("q", "VALG 20").get("/api/admin/elections").then()
                .body("items.title", equalTo(List.of("Kommunalvalg 2029")));
    }

    @Test
    void badInputIsRefusedWithTheFieldAndCode() {
        Api.as(tenant, admin).body(ft2027(null)).post("/api/admin/elections").then().statusCode(400)
                .body("violations.field", hasItem("workLocationIds"));
        Api.as(tenant, admin).body("{\"title\":\"Valg\"}").post("/api/admin/elections").then().statusCode(400)
                .body("violations.field", hasItems("electionTypeId", "lockPeriodDays", "periodStart", "periodEnd",
                        "electionDate", "workLocationIds"));
        Api.as(tenant, admin).body(body("Valg", folketingsvalg, "2027-03-31", "2027-02-01", "2027-03-02", null, skolen))
                .post("/api/admin/elections").then().statusCode(400)
                .body("violations[0].field", equalTo("periodEnd")).body("violations[0].code", equalTo("election.period_invalid"));
        Api.as(tenant, admin).body(body("Valg", folketingsvalg, "2027-02-01", "2027-03-31", "2027-04-02", null, skolen))
                .post("/api/admin/elections").then().statusCode(400)
                .body("violations[0].code", equalTo("election.date_outside_period"));
        Api.as(tenant, admin).body(body("Valg", folketingsvalg, "2027-02-31", "2027-03-31", "2027-03-02", null, skolen))
                .post("/api/admin/elections").then().statusCode(400).body("code", equalTo("request.malformed"));
        Api.as(tenant, admin).body(body("Valg", UUID.randomUUID().toString(), "2027-02-01", "2027-03-31", "2027-03-02", null, skolen))
                .post("/api/admin/elections").then().statusCode(400)
                .body("violations[0].code", equalTo("election_type.unknown"));
        Api.as(tenant, admin).body(ft2027(null, UUID.randomUUID().toString())).post("/api/admin/elections").then()
                .statusCode(400).body("violations[0].field", equalTo("workLocationIds"))
                .body("violations[0].code", equalTo("work_location.unknown"));
        Api.as(tenant, admin).body(ft2027(null, skolen).replace("\"lockPeriodDays\":5", "\"lockPeriodDays\":0"))
                .post("/api/admin/elections").then().statusCode(400).body("violations.field", hasItem("lockPeriodDays"));
        Api.as(tenant, admin).get("/api/admin/elections").then().body("total", equalTo(0));
        Api.as(tenant, admin).get("/api/admin/elections/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("election.not_found"));
    }

    @Test
    void titleAndElectionDayAreUniqueTogether() {
        create(ft2027(null, skolen));
        Api.as(tenant, admin).body(ft2027(null, raadhuset).replace("Folketingsvalg 2027", "FOLKETINGSVALG 2027"))
                .post("/api/admin/elections").then().statusCode(409).body("code", equalTo("election.title_taken"));
        create(body("Folketingsvalg 2027", folketingsvalg, "2027-02-01", "2027-03-31", "2027-03-09", null, skolen));
    }

    @Test
    void anActiveElectionKeepsItsTypePeriodAndWorkLocationsButMayGrow() {
        String id = create(ft2027(null, skolen));
        Api.as(tenant, admin).body(ft2027("0", skolen).replace("2027-02-01", "2027-01-15")).put("/api/admin/elections/" + id)
                .then().statusCode(200).body("periodStart", equalTo("2027-01-15")).body("version", equalTo(1));
        Api.as(tenant, admin).body(ft2027("0", skolen)).put("/api/admin/elections/" + id).then().statusCode(409)
                .body("code", equalTo("election.modified_concurrently"));
        Api.as(tenant, admin).post("/api/admin/elections/" + id + "/activation").then().statusCode(200)
                .body("active", equalTo(true)).body("version", equalTo(2));
        Api.as(tenant, admin).body(ft2027("2", skolen)).put("/api/admin/elections/" + id).then().statusCode(409)
                .body("code", equalTo("election.active_period"));
        Api.as(tenant, admin).body(ft2027("2", raadhuset).replace("2027-02-01", "2027-01-15")).put("/api/admin/elections/" + id)
                .then().statusCode(409).body("code", equalTo("election.active_work_locations_removed"));
        Api.as(tenant, admin).body(ft2027("2", skolen, raadhuset).replace("2027-02-01", "2027-01-15")
                        .replace("Folketingsvalg 2027", "Folketingsvalget").replace(folketingsvalg, kommunalvalg))
                .put("/api/admin/elections/" + id).then().statusCode(409).body("code", equalTo("election.active_type"));
        Api.as(tenant, admin).body(ft2027("2", skolen, raadhuset).replace("2027-02-01", "2027-01-15")
                        .replace("Folketingsvalg 2027", "Folketingsvalget"))
                .put("/api/admin/elections/" + id).then().statusCode(200).body("title", equalTo("Folketingsvalget"))
                .body("workLocationIds", containsInAnyOrder(skolen, raadhuset));
    }

    @Test
    void activationIsIdempotentAndRefusedOnceThePeriodHasEnded() {
        String id = create(ft2027(null, skolen));
        Api.as(tenant, admin).post("/api/admin/elections/" + id + "/activation").then().statusCode(200).body("active", equalTo(true));
        Api.as(tenant, admin).post("/api/admin/elections/" + id + "/activation").then().statusCode(200).body("active", equalTo(true));
        Api.as(tenant, admin).delete("/api/admin/elections/" + id + "/activation").then().statusCode(200).body("active", equalTo(false));
        Api.as(tenant, admin).delete("/api/admin/elections/" + id + "/activation").then().statusCode(200).body("active", equalTo(false));
        String past = create(body("Kommunalvalg 2025", kommunalvalg, "2025-10-01", "2025-11-30", "2025-11-18", null, skolen));
        Api.as(tenant, admin).post("/api/admin/elections/" + past + "/activation").then().statusCode(409)
                .body("code", equalTo("election.period_ended"));
        Api.as(tenant, admin).queryParam("objectType", "ELECTION").get("/api/admin/audit-entries").then()
                .body("items.action", equalTo(List.of("ELECTION_CREATED", "ELECTION_DEACTIVATED", "ELECTION_ACTIVATED",
                        "ELECTION_CREATED")));
    }

    @Test
    void aDuplicateCopiesTheChosenWorkLocationsToANewDayInactive() {
        String source = create(ft2027(null, skolen, raadhuset));
        Api.as(tenant, admin).post("/api/admin/elections/" + source + "/activation").then().statusCode(200);
        String copy = Api.as(tenant, admin).body("{\"title\":\"Folketingsvalg 2031\",\"electionTypeId\":\"" + folketingsvalg
                        + "\",\"lockPeriodDays\":7,\"electionDate\":\"2031-03-04\",\"daysBefore\":30,\"daysAfter\":1,"
                        + "\"workLocationIds\":[\"" + skolen + "\"]}")
                .post("/api/admin/elections/" + source + "/duplicates").then().statusCode(201)
                .body("active", equalTo(false)).body("periodStart", equalTo("2031-02-02"))
                .body("periodEnd", equalTo("2031-03-05")).body("workLocationIds", equalTo(List.of(skolen)))
                .extract().path("id");
        Api.as(tenant, admin).get("/api/admin/elections/" + copy).then().statusCode(200).body("lockPeriodDays", equalTo(7));
        Api.as(tenant, admin).body("{\"title\":\"X\",\"electionTypeId\":\"" + folketingsvalg
                        + "\",\"lockPeriodDays\":7,\"electionDate\":\"2031-03-04\",\"daysBefore\":-1,\"daysAfter\":1,"
                        + "\"workLocationIds\":[\"" + skolen + "\"]}")
                .post("/api/admin/elections/" + source + "/duplicates").then().statusCode(400)
                .body("violations.field", hasItem("daysBefore"));
        Api.as(tenant, admin).body("{\"title\":\"X\",\"electionTypeId\":\"" + folketingsvalg
                        + "\",\"lockPeriodDays\":7,\"electionDate\":\"2031-03-04\",\"daysBefore\":1,\"daysAfter\":1,"
                        + "\"workLocationIds\":[\"" + UUID.randomUUID() + "\"]}")
                .post("/api/admin/elections/" + source + "/duplicates").then().statusCode(400)
                .body("violations[0].code", equalTo("election.work_location_not_in_source"));
        Api.as(tenant, admin).queryParam("objectType", "ELECTION").get("/api/admin/audit-entries").then()
                .body("items[0].action", equalTo("ELECTION_DUPLICATED"))
                .body("items[0].summary", endsWith("copied from Folketingsvalg 2027 2027-03-02"));
    }

    @Test
    void onlyAnInactiveElectionIsDeletedAfterConfirmation() {
        String id = create(ft2027(null, skolen));
        Api.as(tenant, admin).post("/api/admin/elections/" + id + "/activation").then().statusCode(200);
        Api.as(tenant, admin).get("/api/admin/elections/" + id + "/deletion-preview").then().statusCode(200)
                .body("allowed", equalTo(false)).body("blockers[0].code", equalTo("election.active"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/elections/" + id).then().statusCode(409)
                .body("code", equalTo("election.active"));
        Api.as(tenant, admin).delete("/api/admin/elections/" + id + "/activation").then().statusCode(200);
        Api.as(tenant, admin).delete("/api/admin/elections/" + id).then().statusCode(428)
                .body("code", equalTo("confirmation.required"))
                .body("consequences.warnings[0].code", equalTo("election.deleted_for_good"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/elections/" + id).then().statusCode(204);
        Api.as(tenant, admin).get("/api/admin/elections/" + id).then().statusCode(404);
        Api.as(tenant, admin).get("/api/admin/work-locations/" + skolen).then().statusCode(200);
    }

    @Test
    void anElectionMakesItsTypeUndeletableAndItsLocationsGuarded() {
        String id = create(ft2027(null, skolen));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/election-types/" + folketingsvalg)
                .then().statusCode(409).body("code", equalTo("election_type.in_use"));
        Api.as(tenant, admin).post("/api/admin/elections/" + id + "/activation").then().statusCode(200);
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/work-locations/" + skolen)
                .then().statusCode(409).body("code", equalTo("work_location.in_active_election"));
    }

    @Test
    void onlyAnAdminOfTheMunicipalityManagesElections() {
        Api.at(tenant).get("/api/admin/elections").then().statusCode(401);
        String participant = TestLogins.participant("Pia Participant", "0101901234");
        Api.as(tenant, participant).get("/api/admin/elections").then().statusCode(403);
    }
}
