package dk.valghalla.bootstrap.browser;

import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
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
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin in headless Chromium creates an election through the wizard, works on it, activates it after
 * confirming, copies it to a new date, switches between the two in the toolbar, is stopped from deleting the active
 * one, and deletes the copy.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class ElectionsBrowserTest {
    @Inject
    RegisterTenantUseCase registerTenant;

    @TestHTTPResource("/")
    URL root;

    private Browser browser;

    @BeforeEach
    void masterDataAndSignIn() throws Exception {
        Tenant tenant = TestTenants.register(registerTenant, "electionsbrowser");
        String token = TestLogins.admin("Eva Election", tenant.cvr().value());
        Api.as(tenant, token).body("{\"title\":\"Folketingsvalg\",\"rules\":[\"AGE_18_ON_TASK_DATE\"]}")
                .post("/api/admin/election-types").then().statusCode(201);
        String area = Api.as(tenant, token).body("{\"name\":\"Nord\"}").post("/api/admin/areas").then()
                .statusCode(201).extract().path("id");
        for (String title : List.of("Rådhuset", "Nordskolen")) {
            Api.as(tenant, token).body("{\"areaId\":\"" + area + "\",\"title\":\"" + title
                    + "\",\"teamIds\":[],\"taskTypeIds\":[]}").post("/api/admin/work-locations").then().statusCode(201);
        }
        String base = "http://" + TestTenants.host(tenant) + ":" + root.getPort();
        browser = new Browser();
        browser.driver.get(base + "/admin/elections");
        browser.waitFor(By.id("login-submit"));
        browser.driver.findElement(By.id("cvr-other")).sendKeys(tenant.cvr().value());
        browser.driver.findElement(By.id("login-submit")).click();
        browser.byTestId("election-create");
    }

    @AfterEach
    void close(TestInfo info) {
        browser.screenshot(info.getTestMethod().map(m -> m.getName()).orElse("elections"));
        browser.close();
    }

    private List<String> rows() {
        return browser.allByTestId("election-row").stream().map(WebElement::getText).toList();
    }

    private WebElement row(String title) {
        browser.waitUntil(d -> rows().stream().anyMatch(r -> r.contains(title)), title + " listed");
        return browser.allByTestId("election-row").stream().filter(r -> r.getText().contains(title)).findFirst()
                .orElseThrow();
    }

    private void type(String testId, String text) {
        browser.type(testId, text);
    }

    /** A native date field takes its value in the browser's locale order; set the ISO value as the picker would. */
    private void date(String testId, String isoDay) {
        ((JavascriptExecutor) browser.driver).executeScript("const e = arguments[0]; e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));", browser.byTestId(testId), isoDay);
    }

    private void confirmYes() {
        browser.byTestId("confirm-yes").click();
        browser.waitUntil(d -> browser.allByTestId("confirm-yes").isEmpty(), "dialog closed");
    }

    @Test
    void anAdminSetsUpActivatesCopiesSwitchesAndDeletesElections() {
        assertThat(browser.byTestId("current-election").getText()).isEqualTo("Intet valg");
        browser.byTestId("election-create").click();
        type("election-title", "Folketingsvalg 2027");
        browser.choose("election-type", "Folketingsvalg");
        type("election-lock-period", "5");
        browser.click(browser.byTestId("election-next-1"));
        date("election-period-start", "2027-02-01");
        date("election-period-end", "2027-03-31");
        date("election-date", "2027-03-02");
        browser.click(browser.byTestId("election-next-2"));
        browser.waitUntil(d -> browser.allByTestId("election-work-location").size() == 2, "locations offered");
        browser.allByTestId("election-work-location").forEach(box -> browser.click(box.findElement(By.tagName("label"))));
        browser.byTestId("election-save").click();

        WebElement created = row("Folketingsvalg 2027");
        assertThat(created.getText()).contains("Folketingsvalg").contains("2. mar. 2027").contains("2");
        browser.waitUntil(d -> "Folketingsvalg 2027".equals(browser.byTestId("current-election").getText()),
                "the only election is the one worked on");

        created.findElement(By.cssSelector("[data-testid='election-active-toggle'] button")).click();
        assertThat(browser.byTestId("confirm-message").getText()).contains("kan deltagerne se valget");
        confirmYes();
        browser.waitUntil(d -> "true".equals(row("Folketingsvalg 2027")
                .findElement(By.cssSelector("[data-testid='election-active-toggle'] button")).getAttribute("aria-checked")),
                "activated");

        row("Folketingsvalg 2027").findElement(By.cssSelector("[data-testid='election-duplicate']")).click();
        type("duplicate-title", "Folketingsvalg 2031");
        date("duplicate-election-date", "2031-03-04");
        browser.byTestId("duplicate-save").click();
        row("Folketingsvalg 2031");
        assertThat(rows().get(0)).as("latest election day first").contains("Folketingsvalg 2031");
        browser.waitUntil(d -> "Folketingsvalg 2031".equals(browser.byTestId("current-election").getText()),
                "the latest election is the default one");

        browser.byTestId("election-switch").click();
        browser.waitFor(By.xpath("//button[@data-testid='election-switch-option'][contains(., 'Folketingsvalg 2027')]"))
                .click();
        browser.waitUntil(d -> "Folketingsvalg 2027".equals(browser.byTestId("current-election").getText()),
                "switched election");
        assertThat(browser.byTestId("election-current").getText()).contains("Folketingsvalg 2027");

        row("Folketingsvalg 2027").findElement(By.cssSelector("[data-testid='election-delete']")).click();
        assertThat(browser.byTestId("confirm-blocker").getText()).contains("Valget er aktivt");
        browser.byTestId("confirm-no").click();
        browser.waitUntil(d -> browser.allByTestId("confirm-no").isEmpty(), "dialog closed");

        row("Folketingsvalg 2031").findElement(By.cssSelector("[data-testid='election-delete']")).click();
        assertThat(browser.byTestId("confirm-warning").getText()).contains("slettes for altid");
        confirmYes();
        browser.waitUntil(d -> rows().size() == 1, "copy deleted");
        assertThat(rows().get(0)).contains("Folketingsvalg 2027");
    }
}
