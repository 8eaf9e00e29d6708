package dk.valghalla.bootstrap.api;

import dk.valghalla.adapter.cpr.fake.Sf1520Fixtures;
import dk.valghalla.application.participant.port.out.CprRefreshRecords;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.Ineligibility;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.ValidationOutcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.ExportFiles;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Seats over HTTP: distribution, placing people, their yes, freeing, and the export to the national election system. */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class TaskApiTest {
    private static final String DAY = "2027-03-02";

    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    CprRefreshRecords refreshRecords;
    @Inject
    TenantWork tenantWork;

    private Tenant tenant;
    private String admin;
    private String election;
    private String raadhuset;
    private String skolen;
    private String tilforordnet;
    private String valgstyrer;
    private String venstre;
    private String frivillige;

    @BeforeEach
    void anElection() {
        tenant = TestTenants.register(registerTenant, "tasks", "0999");
        admin = TestLogins.admin("Tina Opgave", tenant.cvr().value());
        String type = post("/api/admin/election-types",
                "{\"title\":\"Folketingsvalg\",\"rules\":[\"AGE_18_ON_TASK_DATE\",\"DANISH_CITIZENSHIP\",\"RESIDENT_IN_MUNICIPALITY\",\"NOT_UNDER_GUARDIANSHIP\"]}");
        tilforordnet = post("/api/admin/task-types",
                "{\"title\":\"Tilforordnet\",\"shortName\":\"TF\",\"startTime\":\"08:00\",\"endTime\":\"20:00\"}");
        valgstyrer = post("/api/admin/task-types",
                "{\"title\":\"Valgstyrer\",\"shortName\":\"VS\",\"startTime\":\"07:00\",\"endTime\":\"12:00\"}");
        venstre = post("/api/admin/teams", "{\"name\":\"Venstre\",\"shortName\":\"V\"}");
        frivillige = post("/api/admin/teams", "{\"name\":\"Frivillige\",\"shortName\":\"F\"}");
        String nord = post("/api/admin/areas", "{\"name\":\"Nord\"}");
        raadhuset = location(nord, "Rådhuset", 2);
        skolen = location(nord, "Skolen", 7);
        election = post("/api/admin/elections", "{\"title\":\"Folketingsvalg 2027\",\"electionTypeId\":\"" + type
                + "\",\"lockPeriodDays\":5,\"periodStart\":\"2027-02-01\",\"periodEnd\":\"2027-03-31\",\"electionDate\":\""
                + DAY + "\",\"workLocationIds\":[\"" + raadhuset + "\",\"" + skolen + "\"]}");
    }

    private String location(String area, String title, int votingArea) {
        return post("/api/admin/work-locations", "{\"areaId\":\"" + area + "\",\"title\":\"" + title
                + "\",\"votingAreaNumber\":" + votingArea + ",\"teamIds\":[\"" + venstre + "\",\"" + frivillige
                + "\"],\"taskTypeIds\":[\"" + tilforordnet + "\",\"" + valgstyrer + "\"]}");
    }

    private String post(String path, String body) {
        return Api.as(tenant, admin).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private String participant(String cpr) {
        return post("/api/admin/participants", "{\"cpr\":\"" + cpr + "\",\"teamIds\":[\"" + frivillige + "\"]}");
    }

    private Response distribute(String location, String taskType, String team, String day, int count) {
        return Api.as(tenant, admin).body("{\"workLocationId\":\"" + location + "\",\"taskTypeId\":\"" + taskType
                        + "\",\"teamId\":\"" + team + "\",\"taskDate\":\"" + day + "\",\"count\":" + count + "}")
                .put("/api/admin/elections/" + election + "/task-slots");
    }

    /** A seat as the admin saw it. */
    private record Seat(String id, long version) {
        static Seat of(JsonPath json) {
            return new Seat(json.getString("id"), json.getLong("version"));
        }
    }

    private Seat freeSeat(String location, String taskType) {
        JsonPath seats = Api.as(tenant, admin).queryParam("workLocationId", location).queryParam("taskTypeId", taskType)
                .queryParam("status", "FREE").get("/api/admin/elections/" + election + "/tasks").then().statusCode(200)
                .extract().jsonPath();
        return new Seat(seats.getString("[0].id"), seats.getLong("[0].version"));
    }

    private Response assign(Seat seat, String participant) {
        return Api.as(tenant, admin).body("{\"participantId\":\"" + participant + "\",\"version\":" + seat.version() + "}")
                .post("/api/admin/tasks/" + seat.id() + "/assignment");
    }

    private JsonPath accepted(String location, String taskType, String participant) {
        JsonPath placed = assign(freeSeat(location, taskType), participant).then().statusCode(200).extract().jsonPath();
        return Api.as(tenant, admin).body("{\"version\":" + placed.getLong("version") + "}")
                .post("/api/admin/tasks/" + placed.getString("id") + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).extract().jsonPath();
    }

    @Test
    void distributionSetsTheSeatsOfASlotAndTheSlotsAreListedWithTheirCounters() {
        distribute(raadhuset, tilforordnet, venstre, DAY, 3).then().statusCode(200)
                .body("workLocationTitle", equalTo("Rådhuset")).body("votingArea", equalTo(2))
                .body("taskTypeTitle", equalTo("Tilforordnet")).body("teamName", equalTo("Venstre"))
                .body("taskDate", equalTo(DAY)).body("total", equalTo(3)).body("free", equalTo(3))
                .body("awaitingReply", equalTo(0)).body("accepted", equalTo(0));
        distribute(skolen, valgstyrer, frivillige, DAY, 1).then().statusCode(200);
        distribute(raadhuset, valgstyrer, venstre, DAY, 2).then().statusCode(200);
        distribute(raadhuset, valgstyrer, venstre, DAY, 1).then().statusCode(200).body("total", equalTo(1));

        Api.as(tenant, admin).get("/api/admin/elections/" + election + "/task-slots").then().statusCode(200)
                .body("workLocationTitle", contains("Rådhuset", "Rådhuset", "Skolen"))
                .body("taskTypeTitle", contains("Tilforordnet", "Valgstyrer", "Valgstyrer"))
                .body("total", contains(3, 1, 1));
        Api.as(tenant, admin).queryParam("workLocationId", skolen).get("/api/admin/elections/" + election + "/task-slots")
                .then().statusCode(200).body("teamName", contains("Frivillige"));
        Api.as(tenant, admin).get("/api/admin/elections/" + election + "/tasks").then().statusCode(200)
                .body("size()", equalTo(5)).body("[0].status", equalTo("FREE")).body("[0].participant", nullValue())
                .body("[0].startTime", equalTo("08:00")).body("[0].endTime", equalTo("20:00"));
        Api.as(tenant, admin).queryParam("action", "TASKS_DISTRIBUTED").get("/api/admin/audit-entries").then()
                .body("items.summary", hasItem("Folketingsvalg 2027: Rådhuset, Valgstyrer, Venstre, 2027-03-02: 2 → 1 seats"));
    }

    @Test
    void aSlotTheElectionDoesNotOfferAndBadCountsAreRefusedByName() {
        distribute(raadhuset, tilforordnet, venstre, "2027-04-02", 1).then().statusCode(409)
                .body("code", equalTo("task.date_outside_period"));
        distribute(raadhuset, java.util.UUID.randomUUID().toString(), venstre, DAY, 1).then().statusCode(409)
                .body("code", equalTo("task.task_type_not_at_work_location"));
        distribute(java.util.UUID.randomUUID().toString(), tilforordnet, venstre, DAY, 1).then().statusCode(404)
                .body("code", equalTo("work_location.not_found"));
        distribute(raadhuset, tilforordnet, venstre, DAY, 501).then().statusCode(400)
                .body("violations.field", hasItem("count"));
        Api.as(tenant, admin).body("{\"workLocationId\":\"" + raadhuset + "\"}")
                .put("/api/admin/elections/" + election + "/task-slots").then().statusCode(400)
                .body("violations.field", hasItem("taskTypeId"));
        Api.as(tenant, admin).get("/api/admin/elections/" + java.util.UUID.randomUUID() + "/task-slots").then()
                .statusCode(404).body("code", equalTo("election.not_found"));
    }

    @Test
    void anAdminPlacesAPersonRecordsTheirYesAndFreesTheSeatAgain() {
        distribute(raadhuset, tilforordnet, venstre, DAY, 2).then().statusCode(200);
        String anne = participant(Sf1520Fixtures.ADULT);

        JsonPath placed = assign(freeSeat(raadhuset, tilforordnet), anne).then().statusCode(200)
                .body("status", equalTo("AWAITING_REPLY")).body("participant.name", equalTo("Anne Marie Jensen"))
                .body("participant.addressProtected", equalTo(false)).extract().jsonPath();
        Api.as(tenant, admin).get("/api/admin/participants/" + anne).then().body("teamIds", hasItem(venstre));
        assign(Seat.of(placed), participant(Sf1520Fixtures.NO_DIGITAL_POST)).then().statusCode(409);

        JsonPath yes = Api.as(tenant, admin).body("{\"version\":" + placed.getLong("version") + "}")
                .post("/api/admin/tasks/" + placed.getString("id") + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).extract().jsonPath();
        Api.as(tenant, admin).get("/api/admin/participants/" + anne + "/tasks").then().statusCode(200)
                .body("workLocationTitle", contains("Rådhuset")).body("status", contains("ACCEPTED"));
        Api.as(tenant, admin).get("/api/admin/elections/" + election + "/task-slots").then()
                .body("[0].accepted", equalTo(1)).body("[0].free", equalTo(1));

        Api.as(tenant, admin).queryParam("version", yes.getLong("version"))
                .delete("/api/admin/tasks/" + yes.getString("id") + "/assignment").then().statusCode(200)
                .body("status", equalTo("FREE")).body("participant", nullValue());
        Api.as(tenant, admin).queryParam("version", yes.getLong("version") + 1)
                .delete("/api/admin/tasks/" + yes.getString("id") + "/assignment").then().statusCode(409)
                .body("code", equalTo("task.free"));
        Api.as(tenant, admin).get("/api/admin/participants/" + anne + "/tasks").then().body("size()", equalTo(0));
        Api.as(tenant, admin).queryParam("action", "TASK_RELEASED").get("/api/admin/audit-entries").then()
                .body("items[0].summary", org.hamcrest.Matchers.containsString("Anne Marie Jensen (010190-XXXX)"));
    }

    @Test
    void anIneligiblePersonIsRefusedWithEveryFailedRule() {
        distribute(raadhuset, tilforordnet, venstre, DAY, 1).then().statusCode(200);
        String ole = participant(Sf1520Fixtures.EMIGRATED);
        assign(freeSeat(raadhuset, tilforordnet), ole).then().statusCode(422)
                .body("code", equalTo("task.participant_ineligible"))
                .body("violations.field", hasItem("NOT_RESIDENT_IN_MUNICIPALITY"))
                .body("violations.code", hasItem("eligibility.not_resident"));
        Api.as(tenant, admin).get("/api/admin/elections/" + election + "/task-slots").then().body("[0].free", equalTo(1));
    }

    @Test
    void aPersonCannotHoldTwoSeatsWhoseHoursOverlap() {
        distribute(raadhuset, tilforordnet, venstre, DAY, 1).then().statusCode(200);
        distribute(skolen, valgstyrer, venstre, DAY, 1).then().statusCode(200);
        String anne = participant(Sf1520Fixtures.ADULT);
        assign(freeSeat(raadhuset, tilforordnet), anne).then().statusCode(200);
        assign(freeSeat(skolen, valgstyrer), anne).then().statusCode(409).body("code", equalTo("task.time_conflict"));
    }

    @Test
    void seatsProtectThePeopleAndPlacesTheyDependOn() {
        distribute(raadhuset, tilforordnet, venstre, DAY, 2).then().statusCode(200);
        String anne = participant(Sf1520Fixtures.ADULT);
        accepted(raadhuset, tilforordnet, anne);

        // A slot cannot be counted below its held seats.
        distribute(raadhuset, tilforordnet, venstre, DAY, 0).then().statusCode(409)
                .body("code", equalTo("task.count_below_taken"));
        // The person cannot leave the team of an accepted seat.
        JsonPath person = Api.as(tenant, admin).get("/api/admin/participants/" + anne).then().extract().jsonPath();
        Api.as(tenant, admin).body("{\"teamIds\":[\"" + frivillige + "\"],\"specialDietIds\":[],\"version\":"
                        + person.getLong("version") + "}")
                .put("/api/admin/participants/" + anne).then().statusCode(409)
                .body("code", equalTo("participant.team_has_accepted_task"));
        // The team, task type and work location of seats cannot be deleted; the previews say so first.
        Api.as(tenant, admin).get("/api/admin/teams/" + venstre + "/deletion-preview").then().statusCode(200)
                .body("allowed", equalTo(false)).body("blockers.code", hasItem("team.has_tasks"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/teams/" + venstre).then().statusCode(409)
                .body("code", equalTo("team.has_tasks"));
        Api.as(tenant, admin).get("/api/admin/task-types/" + tilforordnet + "/deletion-preview").then()
                .body("blockers.code", hasItem("task_type.has_tasks"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/task-types/" + tilforordnet).then()
                .statusCode(409).body("code", equalTo("task_type.has_tasks"));
        Api.as(tenant, admin).get("/api/admin/work-locations/" + raadhuset + "/deletion-preview").then()
                .body("blockers.code", hasItem("work_location.has_tasks"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/work-locations/" + raadhuset).then()
                .statusCode(409).body("code", equalTo("work_location.has_tasks"));
        // Deleting the person warns of the seat and frees it.
        Api.as(tenant, admin).get("/api/admin/participants/" + anne + "/deletion-preview").then().statusCode(200)
                .body("warnings.code", hasItem("participant.holds_tasks"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/participants/" + anne).then()
                .statusCode(204);
        Api.as(tenant, admin).get("/api/admin/elections/" + election + "/task-slots").then()
                .body("[0].free", equalTo(2)).body("[0].accepted", equalTo(0));
    }

    @Test
    void theExportToTheElectionSystemListsAcceptedSeatsWithVotingAreaAndWholeCprAndIsAudited() {
        distribute(raadhuset, tilforordnet, venstre, DAY, 2).then().statusCode(200);
        distribute(skolen, valgstyrer, frivillige, DAY, 1).then().statusCode(200);
        accepted(skolen, valgstyrer, participant(Sf1520Fixtures.ADULT));
        accepted(raadhuset, tilforordnet, participant(Sf1520Fixtures.PROTECTED_ADDRESS));
        assign(freeSeat(raadhuset, tilforordnet), participant(Sf1520Fixtures.NO_DIGITAL_POST)).then().statusCode(200);
        String export = "/api/admin/elections/" + election + "/election-system-export";

        Response csv = Api.as(tenant, admin).accept("*/*").queryParam("format", "csv").get(export);
        csv.then().statusCode(200).contentType("text/csv; charset=UTF-8").header("Cache-Control", "no-store");
        List<List<String>> rows = ExportFiles.csv(csv.asByteArray());
        assertThat(rows.get(0)).containsExactly("Afstemningsområde", "Arbejdssted", "Dato", "Opgavetype", "Navn",
                "Fødselsdato", "CPR-nummer", "Adressebeskyttelse");
        assertThat(rows).as("accepted seats only, by voting area").hasSize(3);
        assertThat(rows.get(1)).containsExactly("2", "Rådhuset", "02-03-2027", "Tilforordnet", "Lise Kristensen",
                "07-08-1985", "070885-6666", "Ja");
        assertThat(rows.get(2)).containsExactly("7", "Skolen", "02-03-2027", "Valgstyrer", "Anne Marie Jensen",
                "01-01-1990", "010190-1234", "Nej");

        byte[] xlsx = Api.as(tenant, admin).accept("*/*").queryParam("format", "xlsx").queryParam("taskTypeId", valgstyrer)
                .get(export).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        List<Row> sheet = ExportFiles.xlsxRows(xlsx);
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(1).getCellAsNumber(0)).hasValue(BigDecimal.valueOf(7));
        assertThat(sheet.get(1).getCellAsDate(5)).hasValueSatisfying(
                d -> assertThat(d.toLocalDate()).isEqualTo(LocalDate.of(1990, 1, 1)));
        assertThat(sheet.get(1).getCellText(6)).isEqualTo("010190-1234");

        Api.as(tenant, admin).accept("*/*").queryParam("format", "pdf").get(export).then().statusCode(400);
        Api.as(tenant, admin).queryParam("action", "ELECTION_SYSTEM_EXPORTED").get("/api/admin/audit-entries").then()
                .body("items.summary", contains(
                        "Folketingsvalg 2027: 1 accepted seat(s) with whole CPR numbers, as XLSX",
                        "Folketingsvalg 2027: 2 accepted seat(s) with whole CPR numbers, as CSV"));
    }

    @Test
    void aSeatShowsWhenTheNightlyCprCheckFoundItsHolderNoLongerEligible() {
        distribute(raadhuset, tilforordnet, venstre, DAY, 1).then().statusCode(200);
        String anne = participant(Sf1520Fixtures.ADULT);
        accepted(raadhuset, tilforordnet, anne);
        ParticipantValidation failed = new ParticipantValidation(new ParticipantId(java.util.UUID.fromString(anne)),
                new ElectionId(java.util.UUID.fromString(election)), LocalDate.parse(DAY),
                java.time.Instant.parse("2027-02-20T01:30:00Z"), ValidationOutcome.INELIGIBLE,
                List.of(Ineligibility.NOT_RESIDENT_IN_MUNICIPALITY));
        tenantWork.runAs(tenant, () -> QuarkusTransaction.requiringNew().run(() -> refreshRecords.record(failed)));

        Api.as(tenant, admin).get("/api/admin/elections/" + election + "/tasks").then().statusCode(200)
                .body("[0].participant.validation.status", equalTo("INELIGIBLE"))
                .body("[0].participant.validation.failures[0].rule", equalTo("NOT_RESIDENT_IN_MUNICIPALITY"))
                .body("[0].participant.validation.failures[0].code", equalTo("eligibility.not_resident"))
                .body("[0].participant.validation.eligibilityDay", equalTo(DAY));
    }

    /** Sends the requests at the same moment from their own threads and gives back the status codes. */
    private List<Integer> atOnce(List<java.util.function.Supplier<Response>> requests) throws Exception {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(requests.size());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(requests.size());
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (java.util.function.Supplier<Response> request : requests) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.get().statusCode();
                }));
            }
            List<Integer> codes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                codes.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoAdminsGivingOneSeatToTwoPeopleAtTheSameMomentGiveItToOneOnly() throws Exception {
        distribute(raadhuset, tilforordnet, venstre, DAY, 1).then().statusCode(200);
        String anne = participant(Sf1520Fixtures.ADULT);
        String bent = participant(Sf1520Fixtures.NO_DIGITAL_POST);
        Seat seat = freeSeat(raadhuset, tilforordnet);

        List<Integer> codes = atOnce(List.of(() -> assign(seat, anne), () -> assign(seat, bent)));

        assertThat(codes).containsExactlyInAnyOrder(200, 409);
        Api.as(tenant, admin).get("/api/admin/elections/" + election + "/task-slots").then()
                .body("[0].awaitingReply", equalTo(1)).body("[0].free", equalTo(0));
    }

    @Test
    void aPersonGivenTwoOverlappingSeatsAtTheSameMomentGetsOneOnly() throws Exception {
        distribute(raadhuset, tilforordnet, venstre, DAY, 1).then().statusCode(200);
        distribute(skolen, valgstyrer, venstre, DAY, 1).then().statusCode(200);
        String anne = participant(Sf1520Fixtures.ADULT);
        Seat afternoon = freeSeat(raadhuset, tilforordnet);
        Seat morning = freeSeat(skolen, valgstyrer);

        List<Integer> codes = atOnce(List.of(() -> assign(afternoon, anne), () -> assign(morning, anne)));

        assertThat(codes).containsExactlyInAnyOrder(200, 409);
        Api.as(tenant, admin).get("/api/admin/participants/" + anne + "/tasks").then().body("size()", equalTo(1));
    }
}
