package dk.valghalla.bootstrap.browser;

import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of the admin configuration (issue 3): in headless Chromium an admin sets up a complete
 * election as an election office would, only through the admin area: an election type with rules, two areas, three
 * teams, a special diet, two task types (one trusted, one with a PDF guide), three work locations with their task
 * types and teams, the election with those locations, the participant site's pages and contact information; then
 * activates the election. An anonymous visitor then sees the new front page (with an active election), the contact
 * information and the FAQ.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class CompleteElectionBrowserTest {
    @Inject
    RegisterTenantUseCase registerTenant;

    @TestHTTPResource("/")
    URL root;

    private Browser admin;
    private Browser visitor;
    private String base;
    private Path pdf;

    @BeforeEach
    void signIn() throws Exception {
        Tenant tenant = TestTenants.register(registerTenant, "completeelection");
        base = "http://" + TestTenants.host(tenant) + ":" + root.getPort();
        pdf = Files.createTempFile("Vejledning til valgstyrere", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        admin = new Browser();
        admin.driver.get(base + "/admin");
        admin.waitFor(By.id("login-submit"));
        admin.driver.findElement(By.id("cvr-other")).sendKeys(tenant.cvr().value());
        admin.driver.findElement(By.id("login-submit")).click();
        admin.byTestId("area-create");
    }

    @AfterEach
    void close() throws Exception {
        admin.screenshot("complete-election-admin");
        admin.close();
        if (visitor != null) {
            visitor.screenshot("complete-election-visitor");
            visitor.close();
        }
        Files.deleteIfExists(pdf);
    }

    private void type(String testId, String text) {
        admin.type(testId, text);
    }

    /** Native date and time fields take typed digits in the browser's locale order; set the value as a picker would. */
    private void setValue(String testId, String value) {
        ((JavascriptExecutor) admin.driver).executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", admin.byTestId(testId), value);
    }

    private List<String> rows(String testId) {
        return admin.allByTestId(testId).stream().map(WebElement::getText).toList();
    }

    private void listed(String rowTestId, String text) {
        admin.waitUntil(d -> rows(rowTestId).stream().anyMatch(r -> r.contains(text)), text + " listed");
    }

    private void check(String testId) {
        admin.click(admin.byTestId(testId).findElement(By.cssSelector("input[type='checkbox']")));
    }

    private void saved(String prefix) {
        admin.waitUntil(d -> admin.byTestId(prefix + "-status").getText().trim().equals("Gemt."), prefix + " saved");
    }

    @Test
    void anAdminSetsUpACompleteElectionAndAVisitorSeesTheSite() throws Exception {
        // Election type with its eligibility rules.
        admin.byTestId("nav-election-types").click();
        admin.byTestId("election-type-create").click();
        type("election-type-title", "Folketingsvalg");
        for (String rule : List.of("AGE_18_ON_TASK_DATE", "DANISH_CITIZENSHIP", "NOT_UNDER_GUARDIANSHIP")) {
            check("rule-" + rule);
        }
        admin.byTestId("election-type-save").click();
        listed("election-type-row", "Folketingsvalg");

        // Two areas.
        admin.byTestId("nav-areas").click();
        for (String area : List.of("Nord", "Syd")) {
            admin.byTestId("area-create").click();
            type("area-name", area);
            admin.byTestId("area-save").click();
            listed("area-row", area);
        }

        // Three teams.
        admin.byTestId("nav-teams").click();
        for (String[] team : List.of(new String[] {"Socialdemokratiet", "A"}, new String[] {"Venstre", "V"},
                new String[] {"Frivillige", "F"})) {
            admin.byTestId("team-create").click();
            type("team-name", team[0]);
            type("team-short-name", team[1]);
            admin.byTestId("team-save").click();
            listed("team-row", team[0]);
        }

        // A special diet.
        admin.byTestId("nav-special-diets").click();
        admin.byTestId("diet-create").click();
        type("diet-title", "Vegetar");
        admin.byTestId("diet-save").click();
        listed("diet-row", "Vegetar");

        // Two task types: a trusted one with a PDF guide, and an open one.
        admin.byTestId("nav-task-types").click();
        admin.byTestId("task-type-create").click();
        type("task-type-title", "Valgstyrer");
        type("task-type-short-name", "VS");
        setValue("task-type-start", "07:00");
        setValue("task-type-end", "22:00");
        type("task-type-payment", "800");
        type("task-type-description", "<p>Leder afstemningen på valgstedet.</p>");
        check("task-type-trusted");
        admin.byTestId("task-type-file-input").sendKeys(pdf.toAbsolutePath().toString());
        admin.waitUntil(d -> !admin.allByTestId("task-type-file-pending").isEmpty(), "file chosen");
        admin.byTestId("task-type-save").click();
        listed("task-type-row", "Valgstyrer");
        admin.waitUntil(d -> "1".equals(admin.byTestId("task-type-file-count").getText().trim()), "the guide attached");
        admin.byTestId("task-type-create").click();
        type("task-type-title", "Tilforordnet");
        type("task-type-short-name", "TF");
        setValue("task-type-start", "08:00");
        setValue("task-type-end", "21:00");
        type("task-type-description", "<p>Hjælper vælgerne og tæller stemmer.</p>");
        admin.byTestId("task-type-save").click();
        listed("task-type-row", "Tilforordnet");
        assertThat(rows("task-type-row")).anyMatch(r -> r.contains("Valgstyrer") && r.contains("Betroet"));

        // Three work locations with their task types and teams.
        admin.byTestId("nav-work-locations").click();
        for (String[] location : List.of(new String[] {"Nordskolen", "Nord", "1"},
                new String[] {"Rådhuset", "Syd", "2"}, new String[] {"Sydhallen", "Syd", "3"})) {
            admin.byTestId("work-location-create").click();
            admin.choose("work-location-area", location[1]);
            type("work-location-title", location[0]);
            type("work-location-postal-code", "9999");
            type("work-location-voting-area", location[2]);
            admin.choose("work-location-teams", "Socialdemokratiet", "Venstre", "Frivillige");
            admin.choose("work-location-task-types", "Valgstyrer", "Tilforordnet");
            admin.byTestId("work-location-save").click();
            listed("work-location-row", location[0]);
        }
        admin.waitUntil(d -> rows("work-location-row").size() == 3, "three work locations");
        assertThat(rows("work-location-row")).allSatisfy(r -> assertThat(r).contains("Venstre").contains("Valgstyrer")
                .contains("Tilforordnet"));

        // The election, with all three locations.
        LocalDate electionDay = LocalDate.now().plusDays(60);
        admin.byTestId("nav-elections").click();
        admin.byTestId("election-create").click();
        admin.waitForOpenDialog();
        type("election-title", "Folketingsvalg " + electionDay.getYear());
        admin.choose("election-type", "Folketingsvalg");
        type("election-lock-period", "5");
        admin.click(admin.byTestId("election-next-1"));
        setValue("election-period-start", electionDay.minusDays(30).toString());
        setValue("election-period-end", electionDay.plusDays(1).toString());
        setValue("election-date", electionDay.toString());
        admin.click(admin.byTestId("election-next-2"));
        admin.click(admin.byTestId("election-all-locations"));
        admin.byTestId("election-save").click();
        listed("election-row", "Folketingsvalg " + electionDay.getYear());
        assertThat(rows("election-row").get(0)).contains("Folketingsvalg").contains("3");

        // The participant site's pages and contact information.
        admin.byTestId("nav-web-content").click();
        type("web-front-page-title", "Bliv tilforordnet");
        type("web-front-page-body", "<p>Vi mangler <strong>hjælpere</strong> til folketingsvalget.</p>");
        admin.byTestId("web-front-page-save").click();
        saved("web-front-page");
        admin.byTestId("web-tab-faq").click();
        type("web-faq-body", "<h2>Får jeg løn?</h2><p>Du får diæter efter opgaven.</p>");
        check("web-faq-active");
        admin.byTestId("web-faq-save").click();
        saved("web-faq");
        admin.byTestId("web-tab-contact-information").click();
        type("contact-municipalityName", "Demo Kommune");
        type("contact-department", "Valgsekretariatet");
        type("contact-address", "Rådhuspladsen 1");
        type("contact-postalCode", "9999");
        type("contact-city", "Demoby");
        type("contact-email", "valg@demo.dk");
        admin.byTestId("contact-save").click();
        saved("contact");

        // Open the election to participants.
        admin.byTestId("nav-elections").click();
        WebElement election = admin.waitFor(By.cssSelector("[data-testid='election-row']"));
        admin.click(election.findElement(By.cssSelector("[data-testid='election-active-toggle'] button")));
        admin.byTestId("confirm-yes").click();
        admin.waitUntil(d -> "true".equals(d.findElement(By.cssSelector(
                "[data-testid='election-row'] [data-testid='election-active-toggle'] button")).getAttribute("aria-checked")),
                "election active");

        // An anonymous visitor.
        visitor = new Browser();
        visitor.driver.get(base + "/");
        visitor.waitUntil(d -> visitor.byTestId("front-title").getText().equals("Bliv tilforordnet"), "front page");
        assertThat(visitor.byTestId("front-content").getText()).isEqualTo("Vi mangler hjælpere til folketingsvalget.");
        assertThat(visitor.allByTestId("no-active-election")).as("an election is active").isEmpty();
        visitor.byTestId("nav-contact").click();
        assertThat(visitor.byTestId("contact-department").getText()).isEqualTo("Valgsekretariatet");
        assertThat(visitor.byTestId("contact-email").getText()).isEqualTo("valg@demo.dk");
        visitor.byTestId("nav-faq").click();
        assertThat(visitor.byTestId("faq-content").getText()).contains("Får jeg løn?").contains("diæter");
    }
}
