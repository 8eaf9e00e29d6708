package dk.valghalla.bootstrap.api;

import dk.valghalla.adapter.cpr.fake.Sf1520Fixtures;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.ExportFiles;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Participant exports over HTTP: the files are parsed back and checked. */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class ParticipantExportApiTest {
    private static final String EXPORT = "/api/admin/participants/export";

    @Inject
    RegisterTenantUseCase registerTenant;

    private Tenant tenant;
    private String admin;
    private String team;
    private String otherTeam;

    @BeforeEach
    void participants() {
        tenant = TestTenants.register(registerTenant, "exports", "0999");
        admin = TestLogins.admin("Erik Eksport", tenant.cvr().value());
        team = create("/api/admin/teams", "{\"name\":\"Frivillige – Ærø\",\"shortName\":\"F\"}");
        otherTeam = create("/api/admin/teams", "{\"name\":\"=1+2 Østerbro\",\"shortName\":\"Ø\"}");
        String diet = create("/api/admin/special-diets", "{\"title\":\"Økologisk; vegetar\"}");
        create("/api/admin/participants", "{\"cpr\":\"" + Sf1520Fixtures.ADULT + "\",\"teamIds\":[\"" + team + "\",\""
                + otherTeam + "\"],\"mobile\":\"20304050\",\"email\":\"anne@example.dk\",\"specialDietIds\":[\"" + diet + "\"]}");
        create("/api/admin/participants", "{\"cpr\":\"" + Sf1520Fixtures.PROTECTED_ADDRESS + "\",\"teamIds\":[\"" + team + "\"]}");
        create("/api/admin/participants", "{\"cpr\":\"" + Sf1520Fixtures.NO_DIGITAL_POST + "\",\"teamIds\":[\"" + team + "\"]}");
    }

    private String create(String path, String body) {
        return Api.as(tenant, admin).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private RequestSpecification export() {
        return Api.as(tenant, admin).accept("*/*");
    }

    private List<String> auditSummaries(String action) {
        return Api.as(tenant, admin).queryParam("action", action).get("/api/admin/audit-entries").then().statusCode(200)
                .extract().jsonPath().getList("items.summary");
    }

    @Test
    void csvIsDanishExcelFriendlyWithTheChosenColumnsAndTheProtectedAddressMarked() {
        Response response = export().queryParams(Map.of("format", "csv", "columns", "name,birth_date,age,address,teams,special_diets,digital_post"))
                .get(EXPORT);
        response.then().statusCode(200).contentType("text/csv; charset=UTF-8").header("Cache-Control", "no-store")
                .header("Content-Disposition", matchesPattern("attachment; filename=\"deltagere-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
        byte[] file = response.asByteArray();

        assertThat(ExportFiles.startsWithBom(file)).isTrue();
        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).contains("\r\n");
        List<List<String>> rows = ExportFiles.csv(file);
        assertThat(rows.get(0)).containsExactly("Navn", "Adressebeskyttet", "Fødselsdato", "Alder", "Adresse", "Teams",
                "Specialkost", "Digital Post");
        assertThat(rows).hasSize(4).extracting(r -> r.get(0))
                .containsExactly("Navn", "Anne Marie Jensen", "Bent Rasmussen", "Lise Kristensen");
        List<String> anne = rows.get(1);
        assertThat(anne.get(1)).isEqualTo("Nej");
        assertThat(anne.get(2)).isEqualTo("01-01-1990");
        assertThat(anne.get(4)).contains("Rådhuspladsen");
        assertThat(anne.get(5)).as("formula defused, Danish letters intact").isEqualTo("'=1+2 Østerbro, Frivillige – Ærø");
        assertThat(anne.get(6)).isEqualTo("Økologisk; vegetar");
        assertThat(anne.get(7)).isEqualTo("Tilmeldt");
        assertThat(rows.get(2).get(7)).isEqualTo("Fritaget");
        assertThat(rows.get(3).get(1)).as("protected address marked").isEqualTo("Ja");
        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(Sf1520Fixtures.ADULT.substring(6));

        assertThat(auditSummaries("PARTICIPANTS_EXPORTED")).singleElement().asString()
                .contains("CSV export, rows: 3", "NAME,PROTECTED_ADDRESS,BIRTH_DATE,AGE,ADDRESS", "criteria: all");
    }

    @Test
    void xlsxHasTypedCellsTheSameRowsAndThePlainTeamName() {
        Response response = export().queryParams(Map.of("format", "xlsx", "columns", "NAME,CPR_MASKED,BIRTH_DATE,AGE,TEAMS"))
                .get(EXPORT);
        response.then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", matchesPattern("attachment; filename=\"deltagere-\\d{4}-\\d{2}-\\d{2}\\.xlsx\""));
        byte[] file = response.asByteArray();

        List<List<String>> rows = ExportFiles.xlsx(file);
        assertThat(rows.get(0)).containsExactly("Navn", "Adressebeskyttet", "CPR-nummer (skjult)", "Fødselsdato", "Alder", "Teams");
        assertThat(rows).extracting(r -> r.get(0))
                .containsExactly("Navn", "Anne Marie Jensen", "Bent Rasmussen", "Lise Kristensen");
        assertThat(rows.get(1).get(2)).isEqualTo("010190-XXXX");
        assertThat(rows.get(1).get(5)).as("a text cell is never a formula").isEqualTo("=1+2 Østerbro, Frivillige – Ærø");
        assertThat(rows.get(3).get(1)).isEqualTo("Ja");
        Row anne = ExportFiles.xlsxRows(file).get(1);
        assertThat(anne.getCellAsDate(3)).hasValueSatisfying(d -> assertThat(d.toLocalDate()).isEqualTo(LocalDate.of(1990, 1, 1)));
        assertThat(anne.getCellAsNumber(4)).hasValueSatisfying(n -> assertThat(n).isGreaterThan(BigDecimal.valueOf(30)));
        assertThat(auditSummaries("PARTICIPANTS_EXPORTED")).singleElement().asString().contains("XLSX export, rows: 3");
    }

    @Test
    void theFiltersOfTheListApplyAndTheProtectedAddressCannotBeLeftOut() {
        List<List<String>> protectedOnly = ExportFiles.csv(export()
                .queryParams(Map.of("columns", "NAME", "addressProtected", "true")).get(EXPORT).then().statusCode(200)
                .extract().asByteArray());
        assertThat(protectedOnly).containsExactly(List.of("Navn", "Adressebeskyttet"), List.of("Lise Kristensen", "Ja"));

        List<List<String>> byTeamAndText = ExportFiles.csv(export()
                .queryParams(Map.of("columns", "NAME", "teamId", otherTeam, "q", "jensen", "digitalPost", "SUBSCRIBED"))
                .get(EXPORT).then().statusCode(200).extract().asByteArray());
        assertThat(byTeamAndText).extracting(r -> r.get(0)).containsExactly("Navn", "Anne Marie Jensen");

        List<List<String>> defaults = ExportFiles.csv(export().get(EXPORT).then().statusCode(200).extract().asByteArray());
        assertThat(defaults.get(0)).startsWith("Navn", "Adressebeskyttet", "CPR-nummer (skjult)").doesNotContain("CPR-nummer");
    }

    @Test
    void wholeCprNumbersOnlyWhenChosenAndThenAuditedAsCprViewing() {
        List<List<String>> rows = ExportFiles.csv(export().queryParam("columns", "NAME,CPR_NUMBER").get(EXPORT)
                .then().statusCode(200).extract().asByteArray());
        assertThat(rows.get(1)).containsExactly("Anne Marie Jensen", "Nej", "010190-1234");
        assertThat(auditSummaries("PARTICIPANT_CPR_VIEWED")).singleElement().asString()
                .contains("CSV export, rows: 3").doesNotContain("1234");
    }

    @Test
    void badFormatsAndColumnsAreRefusedBeforeAnyFile() {
        export().queryParam("format", "pdf").get(EXPORT).then().statusCode(400)
                .body("code", equalTo("request.invalid")).body("violations[0].code", equalTo("export.format_unknown"));
        export().queryParam("columns", "NAME,SALARY").get(EXPORT).then().statusCode(400)
                .body("violations[0].field", equalTo("columns")).body("violations[0].code", equalTo("export.column_unknown"));
        export().queryParam("digitalPost", "MAYBE").get(EXPORT).then().statusCode(400);
        assertThat(auditSummaries("PARTICIPANTS_EXPORTED")).isEmpty();
        Api.at(tenant).accept("*/*").get(EXPORT).then().statusCode(401);
    }
}
