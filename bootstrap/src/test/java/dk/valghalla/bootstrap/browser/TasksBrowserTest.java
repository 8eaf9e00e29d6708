package dk.valghalla.bootstrap.browser;

import dk.valghalla.adapter.cpr.fake.Sf1520Fixtures;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.ExportFiles;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin in headless Chromium distributes seats of the chosen election, is told in the rule's words why a person
 * cannot have a seat, places an eligible person, records the person's yes, exports the seat holders for the national
 * election system, sees the seat on the person's profile and frees the seat again.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class TasksBrowserTest {
    @Inject
    RegisterTenantUseCase registerTenant;

    @TestHTTPResource("/")
    URL root;

    private Tenant tenant;
    private String token;
    private Browser browser;
    private String base;

    @BeforeEach
    void anElectionWithAWorkLocation() throws Exception {
        tenant = TestTenants.register(registerTenant, "tasksbrowser", "0999");
        token = TestLogins.admin("Tine Tasks", tenant.cvr().value());
        String type = post("/api/admin/election-types", "{\"title\":\"Folketingsvalg\",\"rules\":[\"AGE_18_ON_TASK_DATE\","
                + "\"DANISH_CITIZENSHIP\",\"RESIDENT_IN_MUNICIPALITY\",\"NOT_UNDER_GUARDIANSHIP\"]}");
        String tilforordnet = post("/api/admin/task-types",
                "{\"title\":\"Tilforordnet\",\"shortName\":\"TF\",\"startTime\":\"08:00\",\"endTime\":\"20:00\"}");
        String venstre = post("/api/admin/teams", "{\"name\":\"Venstre\",\"shortName\":\"V\"}");
        String area = post("/api/admin/areas", "{\"name\":\"Nord\"}");
        String raadhuset = post("/api/admin/work-locations", "{\"areaId\":\"" + area + "\",\"title\":\"Rådhuset\","
                + "\"votingAreaNumber\":2,\"teamIds\":[\"" + venstre + "\"],\"taskTypeIds\":[\"" + tilforordnet + "\"]}");
        LocalDate day = LocalDate.now().plusDays(60);
        post("/api/admin/elections", "{\"title\":\"Folketingsvalg\",\"electionTypeId\":\"" + type
                + "\",\"lockPeriodDays\":5,\"periodStart\":\"" + day.minusDays(30) + "\",\"periodEnd\":\"" + day.plusDays(1)
                + "\",\"electionDate\":\"" + day + "\",\"workLocationIds\":[\"" + raadhuset + "\"]}");
        for (String cpr : List.of(Sf1520Fixtures.ADULT, Sf1520Fixtures.EMIGRATED)) {
            post("/api/admin/participants", "{\"cpr\":\"" + cpr + "\",\"teamIds\":[\"" + venstre + "\"]}");
        }
        base = "http://" + TestTenants.host(tenant) + ":" + root.getPort();
        browser = new Browser();
        browser.driver.get(base + "/admin/tasks");
        browser.waitFor(By.id("login-submit"));
        browser.driver.findElement(By.id("cvr-other")).sendKeys(tenant.cvr().value());
        browser.driver.findElement(By.id("login-submit")).click();
        browser.byTestId("task-distribute");
    }

    private String post(String path, String body) {
        return Api.as(tenant, token).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void close() {
        browser.screenshot("tasks");
        browser.close();
    }

    private List<String> texts(String testId) {
        return browser.allByTestId(testId).stream().map(WebElement::getText).toList();
    }

    private void assign(String cpr) {
        browser.waitForOpenDialog();
        browser.type("task-assign-search", cpr);
        browser.click(browser.byTestId("task-assign-option"));
        browser.click(browser.byTestId("task-assign-save"));
    }

    @Test
    void anAdminDistributesSeatsPlacesAnEligiblePersonRecordsTheYesExportsAndFreesTheSeat() throws Exception {
        assertThat(browser.byTestId("task-election").getText()).contains("Folketingsvalg");

        browser.click(browser.byTestId("task-distribute"));
        browser.waitForOpenDialog();
        browser.choose("task-distribute-work-location", "Rådhuset");
        browser.choose("task-distribute-task-type", "Tilforordnet");
        browser.choose("task-distribute-team", "Venstre");
        browser.type("task-distribute-count", "2");
        browser.click(browser.byTestId("task-distribute-save"));
        browser.waitUntil(d -> texts("task-slot-row").size() == 1, "one slot");
        assertThat(texts("task-slot-row").get(0)).contains("Rådhuset", "Tilforordnet", "Venstre");
        assertThat(browser.byTestId("task-slot-total").getText().trim()).isEqualTo("2");

        browser.click(browser.byTestId("task-slot-seats"));
        browser.waitUntil(d -> texts("task-row").size() == 2, "two seats");
        assertThat(texts("task-status")).containsOnly("Ledig");

        // Someone who emigrated fails the election type's rules, each named.
        browser.click(browser.allByTestId("task-assign").get(0));
        assign(Sf1520Fixtures.EMIGRATED);
        browser.waitUntil(d -> browser.allByTestId("error-message").stream()
                .anyMatch(e -> e.getText().contains("bor ikke i kommunen")), "the failed rule shown");
        browser.click(browser.byTestId("task-assign-cancel"));
        browser.waitUntil(d -> browser.driver.findElements(By.cssSelector("mat-dialog-container")).isEmpty(),
                "dialog closed");

        browser.click(browser.allByTestId("task-assign").get(0));
        assign(Sf1520Fixtures.ADULT);
        browser.waitUntil(d -> texts("task-row").stream().anyMatch(r -> r.contains("Anne Marie Jensen")
                && r.contains("Afventer svar")), "Anne awaits her answer");

        browser.click(browser.byTestId("task-accept"));
        browser.waitUntil(d -> texts("task-status").contains("Accepteret"), "accepted");
        browser.waitUntil(d -> browser.byTestId("task-slot-accepted").getText().trim().equals("1"), "counted");

        browser.click(browser.byTestId("task-election-system-export"));
        browser.waitForOpenDialog();
        browser.click(browser.byTestId("task-export-csv"));
        List<List<String>> csv = ExportFiles.csv(Files.readAllBytes(browser.download(".csv")));
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).contains("2", "Rådhuset", "Tilforordnet", "Anne Marie Jensen", "010190-1234");
        browser.waitUntil(d -> browser.driver.findElements(By.cssSelector("mat-dialog-container")).isEmpty(),
                "export dialog closed");

        browser.click(browser.byTestId("task-release"));
        browser.click(browser.byTestId("confirm-yes"));
        browser.waitUntil(d -> texts("task-status").stream().allMatch("Ledig"::equals) && texts("task-status").size() == 2,
                "the seat is free again");
    }

    @Test
    void thePersonsProfileListsTheSeat() {
        browser.click(browser.byTestId("task-distribute"));
        browser.waitForOpenDialog();
        browser.choose("task-distribute-work-location", "Rådhuset");
        browser.choose("task-distribute-task-type", "Tilforordnet");
        browser.choose("task-distribute-team", "Venstre");
        browser.type("task-distribute-count", "1");
        browser.click(browser.byTestId("task-distribute-save"));
        browser.click(browser.byTestId("task-slot-seats"));
        browser.click(browser.byTestId("task-assign"));
        assign(Sf1520Fixtures.ADULT);
        browser.waitUntil(d -> texts("task-status").contains("Afventer svar"), "placed");

        browser.byTestId("nav-participants").click();
        browser.waitUntil(d -> texts("participant-row").stream().anyMatch(r -> r.contains("Anne Marie Jensen")), "listed");
        browser.click(browser.driver.findElement(By.xpath("//*[@data-testid='participant-row'][contains(., 'Anne Marie Jensen')]//a")));
        browser.waitUntil(d -> texts("participant-task-row").size() == 1, "the profile lists the seat");
        assertThat(texts("participant-task-row").get(0)).contains("Rådhuset", "Tilforordnet", "Venstre", "Afventer svar");
    }
}
