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

/** An admin in headless Chromium sets up special diets and election types with their eligibility rules. */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class MasterDataBrowserTest {
    @Inject
    RegisterTenantUseCase registerTenant;

    @TestHTTPResource("/")
    URL root;

    private Browser browser;
    private Tenant tenant;
    private String base;

    @BeforeEach
    void signIn() throws Exception {
        tenant = TestTenants.register(registerTenant, "masterdata");
        base = "http://" + TestTenants.host(tenant) + ":" + root.getPort();
        browser = new Browser();
        browser.driver.get(base + "/admin");
        browser.waitFor(By.id("login-submit"));
        WebElement cvr = browser.driver.findElement(By.id("cvr-other"));
        cvr.sendKeys(tenant.cvr().value());
        browser.driver.findElement(By.id("login-submit")).click();
        browser.byTestId("area-create");
    }

    @AfterEach
    void close(TestInfo info) {
        browser.screenshot(info.getTestMethod().map(m -> m.getName()).orElse("masterdata"));
        browser.close();
    }

    private List<String> rows(String testId) {
        return browser.allByTestId(testId).stream().map(WebElement::getText).toList();
    }

    private void type(String testId, String text) {
        browser.type(testId, text);
    }

    @Test
    void anAdminManagesSpecialDietsInDanishOrder() {
        browser.byTestId("nav-special-diets").click();
        for (String title : List.of("Økologisk", "Vegetar", "Glutenfri")) {
            browser.byTestId("diet-create").click();
            type("diet-title", title);
            browser.byTestId("diet-save").click();
            browser.waitUntil(d -> rows("diet-row").stream().anyMatch(r -> r.contains(title)), title + " listed");
        }
        browser.waitUntil(d -> rows("diet-row").size() == 3, "three diets");
        assertThat(rows("diet-row")).satisfiesExactly(
                r -> assertThat(r).contains("Glutenfri"), r -> assertThat(r).contains("Vegetar"),
                r -> assertThat(r).contains("Økologisk"));

        type("diet-search", "vege");
        browser.waitUntil(d -> rows("diet-row").size() == 1, "search narrows the list");

        browser.allByTestId("diet-row").get(0).findElement(By.cssSelector("[data-testid='diet-delete']")).click();
        browser.byTestId("confirm-yes").click();
        browser.waitUntil(d -> rows("diet-row").isEmpty(), "Vegetar deleted");
    }

    @Test
    void anAdminCreatesAnElectionTypeWithEligibilityRules() {
        browser.byTestId("nav-election-types").click();
        browser.byTestId("election-type-create").click();
        type("election-type-title", "Folketingsvalg");
        for (String rule : List.of("AGE_18_ON_TASK_DATE", "DANISH_CITIZENSHIP", "NOT_UNDER_GUARDIANSHIP")) {
            browser.byTestId("rule-" + rule).findElement(By.cssSelector("input[type='checkbox']")).click();
        }
        browser.byTestId("election-type-save").click();
        browser.waitUntil(d -> rows("election-type-row").stream().anyMatch(r -> r.contains("Folketingsvalg")),
                "type listed");
        String row = rows("election-type-row").get(0);
        assertThat(row).contains("Mindst 18 år på opgavedatoen").contains("Dansk statsborgerskab")
                .contains("Ikke umyndiggjort").doesNotContain("Bopæl i kommunen");

        browser.allByTestId("election-type-row").get(0)
                .findElement(By.cssSelector("[data-testid='election-type-edit']")).click();
        browser.byTestId("rule-RESIDENT_IN_MUNICIPALITY").findElement(By.cssSelector("input[type='checkbox']")).click();
        browser.byTestId("election-type-save").click();
        browser.waitUntil(d -> rows("election-type-row").stream().anyMatch(r -> r.contains("Bopæl i kommunen")),
                "rule added");
    }
}
