package dk.valghalla.bootstrap.api;

import dk.valghalla.adapter.cpr.fake.Sf1520Fixtures;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Participant administration over HTTP, against the fake CPR register on the test app itself. */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class ParticipantApiTest {
    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    CircuitBreakerMaintenance circuits;

    private Tenant tenant;
    private String admin;
    private String team;

    @BeforeEach
    void newMunicipality() {
        // Demo Kommune's number: the fake register's persons live there (Sf1520Fixtures.HOME_MUNICIPALITY).
        tenant = TestTenants.register(registerTenant, "participants", "0999");
        admin = TestLogins.admin("Dorte Deltager", tenant.cvr().value());
        team = create("/api/admin/teams", "{\"name\":\"Frivillige\",\"shortName\":\"F\"}");
    }

    @AfterEach
    void closeTheCircuit() {
        circuits.resetAll();
    }

    private String create(String path, String body) {
        return Api.as(tenant, admin).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private String participant(String cpr, String... teams) {
        String teamIds = String.join(",", List.of(teams.length == 0 ? new String[]{team} : teams).stream()
                .map(t -> "\"" + t + "\"").toList());
        return create("/api/admin/participants", "{\"cpr\":\"" + cpr + "\",\"teamIds\":[" + teamIds + "]}");
    }

    private Response lookUp(String cpr) {
        return Api.as(tenant, admin).body("{\"cpr\":\"" + cpr + "\"}").post("/api/admin/person-lookups");
    }

    private List<String> auditActions() {
        return Api.as(tenant, admin).queryParam("size", 200).get("/api/admin/audit-entries").then().statusCode(200)
                .extract().jsonPath().getList("items.action");
    }

    @Test
    void anAdminLooksUpACprNumberCreatesTheParticipantAndSeesItsProfile() {
        String diet = create("/api/admin/special-diets", "{\"title\":\"Vegetar\"}");

        lookUp(Sf1520Fixtures.ADULT).then().statusCode(200).header("Cache-Control", "no-store")
                .body("cprMasked", equalTo("010190-XXXX"))
                .body("person.fullName", equalTo("Anne Marie Jensen"))
                .body("person.address.streetAddress", containsString("Rådhuspladsen"))
                .body("person.alive", equalTo(true)).body("person.danishCitizen", equalTo(true))
                .body("person.residentInMunicipality", equalTo(true)).body("person.digitalPost", equalTo("SUBSCRIBED"))
                .body("participantId", nullValue())
                .body(not(containsString(Sf1520Fixtures.ADULT)));

        Response created = Api.as(tenant, admin).body("{\"cpr\":\"010190-1234\",\"teamIds\":[\"" + team + "\"],"
                + "\"mobile\":\"+45 20 30 40 50\",\"email\":\"anne@example.dk\",\"specialDietIds\":[\"" + diet + "\"]}")
                .post("/api/admin/participants");
        created.then().statusCode(201).header("Location", containsString("/api/admin/participants/"))
                .body("cprMasked", equalTo("010190-XXXX")).body("person.fullName", equalTo("Anne Marie Jensen"))
                .body("person.fetchedAt", notNullValue()).body("mobile", equalTo("20304050"))
                .body("email", equalTo("anne@example.dk")).body("teamIds", equalTo(List.of(team)))
                .body("specialDietIds", equalTo(List.of(diet))).body("version", equalTo(0))
                .body(not(containsString(Sf1520Fixtures.ADULT)));
        String id = created.path("id");

        lookUp(Sf1520Fixtures.ADULT).then().statusCode(200).body("participantId", equalTo(id));
        Api.as(tenant, admin).body("{\"cpr\":\"" + Sf1520Fixtures.ADULT + "\",\"teamIds\":[\"" + team + "\"]}")
                .post("/api/admin/participants").then().statusCode(409).body("code", equalTo("participant.already_exists"));

        Api.as(tenant, admin).get("/api/admin/participants").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].name", equalTo("Anne Marie Jensen")).body("items[0].cprMasked", equalTo("010190-XXXX"))
                .body("items[0].addressProtected", equalTo(false)).body(not(containsString(Sf1520Fixtures.ADULT)));
        Api.as(tenant, admin).get("/api/admin/participants/" + id).then().statusCode(200)
                .body("person.birthDate", equalTo("1990-01-01")).body("comments", empty());

        Api.as(tenant, admin).get("/api/admin/participants/" + id + "/cpr").then().statusCode(200)
                .header("Cache-Control", "no-store").body("cpr", equalTo(Sf1520Fixtures.ADULT));

        assertThat(auditActions()).containsExactly("PARTICIPANT_CPR_VIEWED", "PERSON_LOOKED_UP", "PARTICIPANT_CREATED",
                "PERSON_LOOKED_UP", "SPECIAL_DIET_CREATED", "TEAM_CREATED", "TENANT_REGISTERED");
        assertThat(Api.as(tenant, admin).queryParam("size", 200).get("/api/admin/audit-entries").asString())
                .doesNotContain(Sf1520Fixtures.ADULT);
    }

    @Test
    void contactDietsTeamsCommentsAndRightsAreEditedAndAudited() {
        String other = create("/api/admin/teams", "{\"name\":\"Venstre\",\"shortName\":\"V\"}");
        String area = create("/api/admin/areas", "{\"name\":\"Nord\"}");
        String school = create("/api/admin/work-locations", "{\"areaId\":\"" + area + "\",\"title\":\"Skolen\",\"teamIds\":[],\"taskTypeIds\":[]}");
        String id = participant(Sf1520Fixtures.ADULT);

        Api.as(tenant, admin).body("{\"teamIds\":[\"" + team + "\",\"" + other + "\"],\"mobile\":\"61234567\","
                        + "\"email\":\" \",\"specialDietIds\":[],\"version\":0}")
                .put("/api/admin/participants/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("teamIds", hasSize(2)).body("mobile", equalTo("61234567")).body("email", nullValue());
        Api.as(tenant, admin).body("{\"teamIds\":[\"" + team + "\"],\"version\":0}").put("/api/admin/participants/" + id)
                .then().statusCode(409).body("code", equalTo("participant.modified_concurrently"));
        Api.as(tenant, admin).body("{\"teamIds\":[],\"version\":1}").put("/api/admin/participants/" + id)
                .then().statusCode(400).body("violations[0].code", equalTo("participant.team_required"));
        Api.as(tenant, admin).body("{\"teamIds\":[\"" + team + "\"],\"mobile\":\"123\",\"version\":1}")
                .put("/api/admin/participants/" + id).then().statusCode(400)
                .body("violations[0].field", equalTo("mobile")).body("violations[0].code", equalTo("participant.mobile_invalid"));
        Api.as(tenant, admin).body("{\"teamIds\":[\"" + team + "\"],\"email\":\"anne@\",\"version\":1}")
                .put("/api/admin/participants/" + id).then().statusCode(400)
                .body("violations[0].code", equalTo("participant.email_invalid"));

        String comment = Api.as(tenant, admin).body("{\"text\":\"Ringede 0101901234, kan kun om formiddagen\"}")
                .post("/api/admin/participants/" + id + "/comments").then().statusCode(201)
                .body("authorName", equalTo("Dorte Deltager")).body("text", equalTo("Ringede 010190-XXXX, kan kun om formiddagen"))
                .extract().path("id");
        Api.as(tenant, admin).get("/api/admin/participants/" + id).then().body("comments.id", equalTo(List.of(comment)));

        Api.as(tenant, admin).body("{\"teamIds\":[\"" + other + "\"],\"workLocationIds\":[\"" + school + "\"]}")
                .put("/api/admin/participants/" + id + "/responsibilities").then().statusCode(200)
                .body("responsibleTeamIds", equalTo(List.of(other)))
                .body("responsibleWorkLocationIds", equalTo(List.of(school)));
        Api.as(tenant, admin).body("{\"teamIds\":[],\"workLocationIds\":[\"" + UUID.randomUUID() + "\"]}")
                .put("/api/admin/participants/" + id + "/responsibilities").then().statusCode(400)
                .body("violations[0].code", equalTo("work_location.unknown"));

        Api.as(tenant, admin).delete("/api/admin/participants/" + id + "/comments/" + comment).then().statusCode(204);
        Api.as(tenant, admin).delete("/api/admin/participants/" + id + "/comments/" + comment).then().statusCode(404)
                .body("code", equalTo("participant.comment_not_found"));

        assertThat(auditActions()).as("newest first").containsSubsequence("PARTICIPANT_COMMENT_DELETED",
                "PARTICIPANT_RESPONSIBILITY_GRANTED", "PARTICIPANT_COMMENT_ADDED", "PARTICIPANT_UPDATED",
                "PARTICIPANT_CREATED");
    }

    @Test
    void unknownAndMalformedCprNumbersGetClearAnswers() {
        lookUp(Sf1520Fixtures.UNKNOWN).then().statusCode(404).body("code", equalTo("cpr.person_not_found"));
        lookUp("12345").then().statusCode(400).body("code", equalTo("request.invalid"))
                .body("violations[0].code", equalTo("cpr.invalid"));
        lookUp("3201901234").then().statusCode(400).body("violations[0].code", equalTo("cpr.invalid"));
        Api.as(tenant, admin).body("{\"cpr\":\"" + Sf1520Fixtures.UNKNOWN + "\",\"teamIds\":[\"" + team + "\"]}")
                .post("/api/admin/participants").then().statusCode(404).body("code", equalTo("cpr.person_not_found"));
        Api.as(tenant, admin).body("{\"cpr\":\"" + Sf1520Fixtures.ADULT + "\",\"teamIds\":[]}")
                .post("/api/admin/participants").then().statusCode(400)
                .body("violations[0].code", equalTo("participant.team_required"));
        Api.as(tenant, admin).body("{\"cpr\":\"" + Sf1520Fixtures.ADULT + "\",\"teamIds\":[\"" + UUID.randomUUID() + "\"]}")
                .post("/api/admin/participants").then().statusCode(400).body("violations[0].code", equalTo("team.unknown"));
        Api.as(tenant, admin).get("/api/admin/participants/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("participant.not_found"));
        Api.as(tenant, admin).get("/api/admin/participants").then().body("total", equalTo(0));
        assertThat(auditActions()).as("the look-ups of unknown numbers are audited too").contains("PERSON_LOOKED_UP");
    }

    @Test
    void whenTheCprRegisterFailsTheAdminGetsAClear503AndNothingIsCreated() {
        lookUp(Sf1520Fixtures.FAILING).then().statusCode(503).body("code", equalTo("cpr.unavailable"))
                .body("detail", not(containsString(Sf1520Fixtures.FAILING)));
        Api.as(tenant, admin).body("{\"cpr\":\"" + Sf1520Fixtures.FAILING + "\",\"teamIds\":[\"" + team + "\"],"
                        + "\"email\":\"x@example.dk\"}")
                .post("/api/admin/participants").then().statusCode(503).body("code", equalTo("cpr.unavailable"));

        Api.as(tenant, admin).get("/api/admin/participants").then().statusCode(200).body("total", equalTo(0));
        assertThat(auditActions()).containsExactly("TEAM_CREATED", "TENANT_REGISTERED");
    }

    @Test
    void theListIsSearchedFilteredAndSortedTheDanishWay() {
        String venstre = create("/api/admin/teams", "{\"name\":\"Venstre\",\"shortName\":\"V\"}");
        participant(Sf1520Fixtures.ADULT);                       // Anne Marie Jensen
        participant(Sf1520Fixtures.PROTECTED_ADDRESS, venstre);  // Lise Kristensen
        participant(Sf1520Fixtures.NO_DIGITAL_POST);             // Bent Rasmussen
        participant(Sf1520Fixtures.DEAD);                        // Karen Nielsen

        Api.as(tenant, admin).get("/api/admin/participants").then()
                .body("items.name", equalTo(List.of("Anne Marie Jensen", "Bent Rasmussen", "Karen Nielsen", "Lise Kristensen")))
                .body("items.alive", equalTo(List.of(true, true, false, true)));
        Api.as(tenant, admin).queryParam("addressProtected", true).get("/api/admin/participants").then()
                .body("items.name", equalTo(List.of("Lise Kristensen"))).body("items[0].addressProtected", equalTo(true));
        Api.as(tenant, admin).queryParam("digitalPost", "NOT_SUBSCRIBED").get("/api/admin/participants").then()
                .body("items.name", equalTo(List.of("Bent Rasmussen")));
        Api.as(tenant, admin).queryParam("teamId", venstre).get("/api/admin/participants").then()
                .body("items.name", equalTo(List.of("Lise Kristensen")));
        Api.as(tenant, admin).queryParam("q", "091088-8888").get("/api/admin/participants").then()
                .body("items.name", equalTo(List.of("Bent Rasmussen")));
        Api.as(tenant, admin).queryParam("q", "nielsen").get("/api/admin/participants").then()
                .body("items.name", equalTo(List.of("Karen Nielsen")));
        Api.as(tenant, admin).queryParam("page", 1).queryParam("size", 3).get("/api/admin/participants").then()
                .body("total", equalTo(4)).body("items.name", equalTo(List.of("Lise Kristensen")));
        Api.as(tenant, admin).queryParam("digitalPost", "MAYBE").get("/api/admin/participants").then().statusCode(400);
    }

    @Test
    void eligibilityIsShownPerRuleAndElectionType() {
        create("/api/admin/election-types", "{\"title\":\"Folketingsvalg\",\"rules\":[\"AGE_18_ON_TASK_DATE\","
                + "\"DANISH_CITIZENSHIP\",\"RESIDENT_IN_MUNICIPALITY\",\"NOT_UNDER_GUARDIANSHIP\"]}");
        String eu = create("/api/admin/election-types", "{\"title\":\"Europa-Parlamentsvalg\",\"rules\":[\"AGE_18_ON_TASK_DATE\"]}");
        String minor = participant(Sf1520Fixtures.MINOR);    // born 2010-06-15

        Api.as(tenant, admin).queryParam("day", "2027-11-01").get("/api/admin/participants/" + minor + "/eligibility").then()
                .statusCode(200).body("title", equalTo(List.of("Europa-Parlamentsvalg", "Folketingsvalg")))
                .body("eligible", equalTo(List.of(false, false)))
                .body("[1].rules.rule", equalTo(List.of("ALIVE", "AGE_18_ON_TASK_DATE", "DANISH_CITIZENSHIP",
                        "RESIDENT_IN_MUNICIPALITY", "NOT_UNDER_GUARDIANSHIP")))
                .body("[1].rules.passed", equalTo(List.of(true, false, true, true, true)))
                .body("[1].rules[1].code", equalTo("eligibility.under_18"));
        Api.as(tenant, admin).queryParam("day", "2028-06-15").queryParam("electionTypeId", eu)
                .get("/api/admin/participants/" + minor + "/eligibility").then()
                .body("eligible", equalTo(List.of(true)));
        Api.as(tenant, admin).queryParam("day", "15-06-2028").get("/api/admin/participants/" + minor + "/eligibility")
                .then().statusCode(400).body("violations[0].code", equalTo("date.invalid"));

        lookUp(Sf1520Fixtures.EMIGRATED).then().statusCode(200)
                .body("person.emigrated", equalTo(true)).body("person.address", nullValue())
                .body("person.foreignAddress.lines", hasItem(notNullValue()))
                .body("eligibility.find { it.title == 'Folketingsvalg' }.eligible", equalTo(false));
    }

    @Test
    void deletingWarnsAboutRightsAndNeedsConfirmation() {
        String id = participant(Sf1520Fixtures.ADULT);
        Api.as(tenant, admin).body("{\"teamIds\":[\"" + team + "\"],\"workLocationIds\":[]}")
                .put("/api/admin/participants/" + id + "/responsibilities").then().statusCode(200);

        Api.as(tenant, admin).get("/api/admin/participants/" + id + "/deletion-preview").then().statusCode(200)
                .body("allowed", equalTo(true)).body("warnings[0].code", equalTo("participant.team_responsible"));
        Api.as(tenant, admin).delete("/api/admin/participants/" + id).then().statusCode(428)
                .body("code", equalTo("confirmation.required"))
                .body("consequences.warnings[0].code", equalTo("participant.team_responsible"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/participants/" + id).then().statusCode(204);
        Api.as(tenant, admin).get("/api/admin/participants/" + id).then().statusCode(404);
        assertThat(auditActions()).first().isEqualTo("PARTICIPANT_DELETED");
    }

    @Test
    void bulkDeletionNeedsTheTypedConfirmationWord() {
        String anne = participant(Sf1520Fixtures.ADULT);
        String bent = participant(Sf1520Fixtures.NO_DIGITAL_POST);
        String lise = participant(Sf1520Fixtures.PROTECTED_ADDRESS);
        String both = "[\"" + anne + "\",\"" + bent + "\"]";

        Api.as(tenant, admin).body("{\"participantIds\":" + both + "}").post("/api/admin/participants/bulk-deletion-preview")
                .then().statusCode(200).body("warnings[0].code", equalTo("participants.deleted"))
                .body("warnings[0].params.count", equalTo("2"));
        Api.as(tenant, admin).body("{\"participantIds\":" + both + "}").post("/api/admin/participants/bulk-deletions")
                .then().statusCode(428).body("code", equalTo("confirmation.required"));
        Api.as(tenant, admin).body("{\"participantIds\":" + both + ",\"confirmation\":\"ja\"}")
                .post("/api/admin/participants/bulk-deletions").then().statusCode(428);
        Api.as(tenant, admin).body("{\"participantIds\":[\"" + anne + "\",\"" + UUID.randomUUID() + "\"],\"confirmation\":\"SLET\"}")
                .post("/api/admin/participants/bulk-deletions").then().statusCode(404);
        Api.as(tenant, admin).body("{\"participantIds\":[],\"confirmation\":\"SLET\"}")
                .post("/api/admin/participants/bulk-deletions").then().statusCode(400);
        Api.as(tenant, admin).get("/api/admin/participants").then().body("total", equalTo(3));

        Api.as(tenant, admin).body("{\"participantIds\":" + both + ",\"confirmation\":\"SLET\"}")
                .post("/api/admin/participants/bulk-deletions").then().statusCode(200).body("deleted", equalTo(2));

        Api.as(tenant, admin).get("/api/admin/participants").then().body("items.id", equalTo(List.of(lise)));
    }

    @Test
    void aTeamThatIsSomebodysOnlyTeamCannotBeDeleted() {
        String other = create("/api/admin/teams", "{\"name\":\"Venstre\",\"shortName\":\"V\"}");
        participant(Sf1520Fixtures.ADULT);
        participant(Sf1520Fixtures.NO_DIGITAL_POST, team, other);

        Api.as(tenant, admin).get("/api/admin/teams/" + team + "/deletion-preview").then().statusCode(200)
                .body("allowed", equalTo(false)).body("blockers[0].code", equalTo("team.members_without_other_team"))
                .body("blockers[0].params.count", equalTo("1"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/teams/" + team).then().statusCode(409)
                .body("code", equalTo("team.members_without_other_team"));
        Api.as(tenant, admin).get("/api/admin/teams/" + other + "/deletion-preview").then()
                .body("allowed", equalTo(true)).body("warnings.code", hasItem("team.members_leave"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/teams/" + other).then().statusCode(204);
        Api.as(tenant, admin).queryParam("teamId", team).get("/api/admin/participants").then().body("total", equalTo(2))
                .body("items[1].teamIds", equalTo(List.of(team)));
    }

    @Test
    void anotherMunicipalitysAdminSeesNothing() {
        String id = participant(Sf1520Fixtures.ADULT);
        Tenant other = TestTenants.register(registerTenant, "participants-other");
        String otherAdmin = TestLogins.admin("Ole Anden", other.cvr().value());

        Api.as(other, otherAdmin).get("/api/admin/participants").then().statusCode(200).body("total", equalTo(0));
        Api.as(other, otherAdmin).get("/api/admin/participants/" + id + "/cpr").then().statusCode(404);
        Api.as(tenant, otherAdmin).get("/api/admin/participants").then().statusCode(403);
        Api.at(tenant).get("/api/admin/participants").then().statusCode(401);
        Api.at(tenant).body("{\"cpr\":\"" + Sf1520Fixtures.ADULT + "\"}").post("/api/admin/person-lookups").then().statusCode(401);
    }
}
