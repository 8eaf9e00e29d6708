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
 * A person in headless Chromium: signs in through the identity provider's login page, manages areas and reads the
 * audit log as an admin; signs in as a participant and is greeted by name.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class AdminAndParticipantBrowserTest {
    @Inject
    RegisterTenantUseCase registerTenant;

    @TestHTTPResource("/")
    URL root;

    private Browser browser;
    private Tenant tenant;
    private String base;

    @BeforeEach
    void open() throws Exception {
        tenant = TestTenants.register(registerTenant, "browser");
        base = "http://" + TestTenants.host(tenant) + ":" + root.getPort();
        browser = new Browser();
    }

    @AfterEach
    void close(TestInfo info) {
        browser.screenshot(info.getTestMethod().map(m -> m.getName()).orElse("browser"));
        browser.close();
    }

    private void signInAtIdentityProvider(boolean admin, String name, String cprOrCvr) {
        browser.waitFor(By.id("login-submit"));
        browser.driver.findElement(By.id(admin ? "kind-admin" : "kind-participant")).click();
        WebElement nameField = browser.driver.findElement(By.id("name"));
        nameField.clear();
        nameField.sendKeys(name);
        WebElement idField = browser.driver.findElement(By.id(admin ? "cvr-other" : "cpr"));
        idField.clear();
        idField.sendKeys(cprOrCvr);
        browser.driver.findElement(By.id("login-submit")).click();
    }

    private List<String> areaRows() {
        return browser.allByTestId("area-row").stream().map(WebElement::getText).toList();
    }

    private WebElement row(String name) {
        return browser.allByTestId("area-row").stream().filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
    }

    private void saveArea(String name, String description) {
        browser.type("area-name", name);
        if (description != null) {
            browser.type("area-description", description);
        }
        browser.byTestId("area-save").click();
    }

    @Test
    void anAdminSignsInAndCreatesEditsAndDeletesAreas() {
        browser.driver.get(base + "/admin/areas");
        signInAtIdentityProvider(true, "Ada Browser", tenant.cvr().value());

        browser.byTestId("area-create").click();
        saveArea("Nordbyen", "Skolerne nord for åen");
        browser.waitUntil(d -> areaRows().stream().anyMatch(r -> r.contains("Nordbyen")), "Nordbyen listed");
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(base + "/admin/areas");

        browser.byTestId("area-create").click();
        saveArea("Sydhavnen", null);
        browser.waitUntil(d -> areaRows().size() == 2, "two areas listed");

        browser.byTestId("area-create").click();
        saveArea("NORDBYEN", null);
        WebElement error = browser.byTestId("error-message");
        assertThat(error.getText()).isNotBlank().doesNotContain("area.name_taken");
        browser.byTestId("area-cancel").click();

        row("Nordbyen").findElement(By.cssSelector("[data-testid='area-edit']")).click();
        saveArea("Nordbyen Øst", "Flyttet");
        browser.waitUntil(d -> areaRows().stream().anyMatch(r -> r.contains("Nordbyen Øst")), "renamed area listed");

        row("Sydhavnen").findElement(By.cssSelector("[data-testid='area-delete']")).click();
        browser.byTestId("confirm-no").click();
        browser.waitUntil(d -> browser.allByTestId("confirm-no").isEmpty(), "dialog closed");
        assertThat(areaRows()).anyMatch(r -> r.contains("Sydhavnen"));

        row("Sydhavnen").findElement(By.cssSelector("[data-testid='area-delete']")).click();
        browser.byTestId("confirm-yes").click();
        browser.waitUntil(d -> areaRows().size() == 1, "Sydhavnen deleted");
        assertThat(areaRows()).singleElement().asString().contains("Nordbyen Øst");

        row("Nordbyen Øst").findElement(By.cssSelector("[data-testid='area-delete']")).click();
        assertThat(browser.byTestId("confirm-blocker").getText()).contains("sidste område");
        assertThat(browser.allByTestId("confirm-yes")).as("a blocked deletion offers no yes").isEmpty();
        browser.byTestId("confirm-no").click();
        browser.waitUntil(d -> browser.allByTestId("confirm-no").isEmpty(), "dialog closed");
        assertThat(areaRows()).hasSize(1);

        browser.driver.get(base + "/admin/audit");
        browser.waitUntil(d -> browser.allByTestId("audit-row").size() >= 4, "audit log shows the changes");
        assertThat(browser.allByTestId("audit-row").get(0).getText()).contains("Ada Browser");
    }

    @Test
    void aDeepLinkSurvivesAReloadAfterSignIn() {
        browser.driver.get(base + "/admin/audit");
        signInAtIdentityProvider(true, "Ada Browser", tenant.cvr().value());
        browser.waitUntil(d -> d.getCurrentUrl().equals(base + "/admin/audit"), "back at the audit log");
        browser.driver.navigate().refresh();
        browser.waitUntil(d -> !browser.allByTestId("audit-row").isEmpty(), "audit rows after reload");
    }

    @Test
    void aParticipantSignsInWithMitIdAndIsGreetedByName() {
        browser.driver.get(base + "/");
        // The site is hidden until its stylesheet has loaded; wait for the name rather than read it at once.
        browser.waitUntil(d -> browser.waitFor(By.tagName("body")).getText().contains(tenant.name()),
                "the municipality's name is shown");
        browser.byTestId("login-mitid").click();
        signInAtIdentityProvider(false, "Anne Andersen", "0101901234");
        WebElement greeting = browser.byTestId("participant-greeting");
        assertThat(greeting.getText()).contains("Anne Andersen");
        assertThat(browser.driver.getPageSource()).doesNotContain("0101901234");
    }

    @Test
    void anAdminOfAnotherMunicipalitySeesNoAccess() {
        browser.driver.get(base + "/admin/areas");
        signInAtIdentityProvider(true, "Olga Other", "29189854".equals(tenant.cvr().value()) ? "29189846" : "29189854");
        assertThat(browser.byTestId("admin-forbidden").isDisplayed()).isTrue();
        assertThat(browser.allByTestId("area-row")).isEmpty();
    }
}
