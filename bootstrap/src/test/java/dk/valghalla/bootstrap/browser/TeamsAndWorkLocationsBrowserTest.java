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
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin in headless Chromium creates two teams and a work location staffed by both in an area, and then cannot
 * delete that area: the blocker says why.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class TeamsAndWorkLocationsBrowserTest {
    @Inject
    RegisterTenantUseCase registerTenant;

    @TestHTTPResource("/")
    URL root;

    private Browser browser;

    @BeforeEach
    void signIn() throws Exception {
        Tenant tenant = TestTenants.register(registerTenant, "teamsbrowser");
        String base = "http://" + TestTenants.host(tenant) + ":" + root.getPort();
        browser = new Browser();
        browser.driver.get(base + "/admin");
        browser.waitFor(By.id("login-submit"));
        browser.driver.findElement(By.id("cvr-other")).sendKeys(tenant.cvr().value());
        browser.driver.findElement(By.id("login-submit")).click();
        browser.byTestId("area-create");
    }

    @AfterEach
    void close(TestInfo info) {
        browser.screenshot(info.getTestMethod().map(m -> m.getName()).orElse("teams-work-locations"));
        browser.close();
    }

    private List<String> rows(String testId) {
        return browser.allByTestId(testId).stream().map(WebElement::getText).toList();
    }

    private void type(String testId, String text) {
        browser.type(testId, text);
    }

    private void createArea(String name) {
        browser.byTestId("area-create").click();
        type("area-name", name);
        browser.byTestId("area-save").click();
        browser.waitUntil(d -> rows("area-row").stream().anyMatch(r -> r.contains(name)), name + " listed");
    }

    private void createTeam(String name, String shortName) {
        browser.byTestId("team-create").click();
        type("team-name", name);
        type("team-short-name", shortName);
        type("team-description", "Hold til valgdagen");
        browser.byTestId("team-save").click();
        browser.waitUntil(d -> rows("team-row").stream().anyMatch(r -> r.contains(name)), name + " listed");
    }

    @Test
    void aWorkLocationWithTwoTeamsKeepsItsAreaFromBeingDeleted() {
        createArea("Nord");
        createArea("Syd");

        browser.byTestId("nav-teams").click();
        createTeam("Venstre", "V");
        createTeam("Frivillige", "F");
        browser.waitUntil(d -> rows("team-row").size() == 2, "two teams");
        assertThat(rows("team-row").get(0)).contains("Frivillige");

        browser.byTestId("nav-work-locations").click();
        browser.byTestId("work-location-create").click();
        browser.choose("work-location-area", "Syd");
        type("work-location-title", "Sydskolen");
        type("work-location-address", "Skolevej 1");
        type("work-location-postal-code", "8000");
        type("work-location-city", "Aarhus C");
        type("work-location-voting-area", "7");
        browser.choose("work-location-teams", "Venstre", "Frivillige");
        browser.byTestId("work-location-save").click();
        browser.waitUntil(d -> rows("work-location-row").stream().anyMatch(r -> r.contains("Sydskolen")),
                "work location listed");
        assertThat(rows("work-location-row").get(0)).contains("Syd").contains("Skolevej 1, 8000 Aarhus C")
                .contains("Venstre").contains("Frivillige");

        browser.byTestId("nav-areas").click();
        browser.waitUntil(d -> rows("area-row").size() == 2, "both areas listed");
        browser.allByTestId("area-row").stream().filter(r -> r.getText().contains("Syd")).findFirst().orElseThrow()
                .findElement(By.cssSelector("[data-testid='area-delete']")).click();
        assertThat(browser.byTestId("confirm-blocker").getText()).contains("1 arbejdssted");
        assertThat(browser.allByTestId("confirm-yes")).as("a blocked deletion offers no yes").isEmpty();
        browser.byTestId("confirm-no").click();
        browser.waitUntil(d -> browser.allByTestId("confirm-no").isEmpty(), "dialog closed");
        assertThat(rows("area-row")).anyMatch(r -> r.contains("Syd"));
    }
}
