package dk.valghalla.bootstrap.api;

import dk.valghalla.adapter.cpr.fake.Sf1520Fixtures;
import dk.valghalla.application.participant.port.out.CprRefreshRecords;
import dk.valghalla.application.participant.port.out.CprVault;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.CprRefreshFixtures;
import dk.valghalla.bootstrap.support.ExportFiles;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.Ineligibility;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.ValidationOutcome;
import dk.valghalla.domain.tenant.Tenant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The participant list and export filtered by the CPR refresh's latest outcome for one election (the admin's chosen
 * election), on the real PostgreSQL. The outcomes are kept as the refresh keeps them ({@link CprRefreshRecords}).
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class ParticipantValidationFilterApiTest {
    private static final String LIST = "/api/admin/participants";
    private static final String EXPORT = "/api/admin/participants/export";
    private static final LocalDate ELECTION_DAY = LocalDate.of(2026, 12, 1);
    private static final Instant CHECKED = Instant.parse("2026-11-22T00:30:00Z");

    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    CprRefreshRecords refreshRecords;
    @Inject
    TenantWork tenantWork;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    CprVault vault;

    private Tenant tenant;
    private String admin;
    private String election;
    private String otherElection;

    @BeforeEach
    void participantsCheckedForAnElection() throws Exception {
        tenant = TestTenants.register(registerTenant, "validation-filter", "0999");
        admin = TestLogins.admin("Vera Validering", tenant.cvr().value());
        String team = create("/api/admin/teams", "{\"name\":\"Frivillige\",\"shortName\":\"F\"}");
        String anne = participant(Sf1520Fixtures.ADULT, team);             // Anne Marie Jensen
        String emil = participant(Sf1520Fixtures.MINOR, team);             // Emil Hansen
        String karen = participant(Sf1520Fixtures.DEAD, team);             // Karen Nielsen
        participant(Sf1520Fixtures.NO_DIGITAL_POST, team);                 // Bent Rasmussen: never checked
        CprRefreshFixtures fixtures = new CprRefreshFixtures(dataSource, vault, tenantWork);
        election = fixtures.activeElection(tenant, "Kommunalvalg", ELECTION_DAY, Set.of("AGE_18_ON_TASK_DATE"))
                .toString();
        otherElection = fixtures.activeElection(tenant, "Folketingsvalg", ELECTION_DAY, Set.of()).toString();
        record(new ParticipantValidation(id(anne), new ElectionId(UUID.fromString(election)), ELECTION_DAY, CHECKED,
                ValidationOutcome.ELIGIBLE, List.of()));
        record(new ParticipantValidation(id(emil), new ElectionId(UUID.fromString(election)), ELECTION_DAY, CHECKED,
                ValidationOutcome.INELIGIBLE, List.of(Ineligibility.UNDER_18_ON_TASK_DATE)));
        record(ParticipantValidation.notInCpr(id(karen), new ElectionId(UUID.fromString(election)), ELECTION_DAY,
                CHECKED));
        record(new ParticipantValidation(id(anne), new ElectionId(UUID.fromString(otherElection)), ELECTION_DAY,
                CHECKED, ValidationOutcome.INELIGIBLE, List.of(Ineligibility.NOT_ALIVE)));
    }

    private String create(String path, String body) {
        return Api.as(tenant, admin).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private String participant(String cpr, String team) {
        return create(LIST, "{\"cpr\":\"" + cpr + "\",\"teamIds\":[\"" + team + "\"]}");
    }

    private static ParticipantId id(String value) {
        return new ParticipantId(UUID.fromString(value));
    }

    private void record(ParticipantValidation validation) {
        tenantWork.runAs(tenant, () -> QuarkusTransaction.requiringNew().run(() -> refreshRecords.record(validation)));
    }

    private RequestSpecification api() {
        return Api.as(tenant, admin);
    }

    private List<String> names(Map<String, ?> params) {
        return api().queryParams(params).get(LIST).then().statusCode(200).extract().jsonPath().getList("items.name");
    }

    @Test
    void theListIsFilteredByTheValidationStatusForTheChosenElection() {
        assertThat(names(Map.of("electionId", election, "validation", "ELIGIBLE"))).containsExactly("Anne Marie Jensen");
        assertThat(names(Map.of("electionId", election, "validation", "INELIGIBLE"))).containsExactly("Emil Hansen");
        assertThat(names(Map.of("electionId", election, "validation", "not_in_cpr"))).as("any case")
                .containsExactly("Karen Nielsen");
        assertThat(names(Map.of("electionId", election, "validation", "NOT_CHECKED"))).containsExactly("Bent Rasmussen");
        assertThat(names(Map.of("electionId", otherElection, "validation", "NOT_CHECKED")))
                .as("judged for the election asked about only")
                .containsExactly("Bent Rasmussen", "Emil Hansen", "Karen Nielsen");
        assertThat(names(Map.of("electionId", election, "validation", "INELIGIBLE", "q", "jensen"))).isEmpty();
        api().queryParams(Map.of("electionId", election, "validation", "NOT_CHECKED", "size", 1)).get(LIST).then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void eachListedParticipantCarriesItsOutcomeForTheElectionAskedAbout() {
        api().queryParam("electionId", election).get(LIST).then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.name", equalTo(List.of("Anne Marie Jensen", "Bent Rasmussen", "Emil Hansen", "Karen Nielsen")))
                .body("items.validation.status", equalTo(List.of("ELIGIBLE", "NOT_CHECKED", "INELIGIBLE", "NOT_IN_CPR")))
                .body("items[0].validation.failures", empty())
                .body("items[0].validation.checkedAt", equalTo("2026-11-22T00:30:00Z"))
                .body("items[0].validation.eligibilityDay", equalTo("2026-12-01"))
                .body("items[1].validation.checkedAt", nullValue())
                .body("items[2].validation.failures.rule", equalTo(List.of("UNDER_18_ON_TASK_DATE")))
                .body("items[2].validation.failures.code", equalTo(List.of("eligibility.under_18")));
        api().get(LIST).then().statusCode(200).body("items[0].validation", nullValue());
    }

    @Test
    void theExportTakesTheSameValidationFilter() {
        List<List<String>> rows = ExportFiles.csv(api().accept("*/*")
                .queryParams(Map.of("columns", "NAME", "electionId", election, "validation", "INELIGIBLE"))
                .get(EXPORT).then().statusCode(200).extract().asByteArray());

        assertThat(rows).containsExactly(List.of("Navn", "Adressebeskyttet"), List.of("Emil Hansen", "Nej"));
        assertThat(api().queryParam("action", "PARTICIPANTS_EXPORTED").get("/api/admin/audit-entries").then()
                .statusCode(200).extract().jsonPath().getList("items.summary", String.class))
                // Only the id's first group: the audit masks any ten digits in a row as a CPR number, and a uuid
                // may have them.
                .singleElement().asString()
                .contains("criteria: validation INELIGIBLE for election " + election.substring(0, 8));
    }

    @Test
    void aValidationFilterWithoutAnElectionOrWithAnUnknownValueIsRefused() {
        for (String path : List.of(LIST, EXPORT)) {
            api().accept("*/*").queryParam("validation", "ELIGIBLE").get(path).then().statusCode(400)
                    .body("code", equalTo("request.invalid"))
                    .body("violations[0].field", equalTo("electionId"))
                    .body("violations[0].code", equalTo("participant.validation_election_required"));
            api().accept("*/*").queryParams(Map.of("validation", "MAYBE", "electionId", election)).get(path).then()
                    .statusCode(400).body("code", equalTo("request.invalid"))
                    .body("violations[0].field", equalTo("validation"))
                    .body("violations[0].code", equalTo("participant.validation_unknown"));
        }
    }
}
