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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin in headless Chromium creates a trusted task type with a PDF guide and sees it listed. */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class TaskTypeBrowserTest {
    @Inject
    RegisterTenantUseCase registerTenant;

    @TestHTTPResource("/")
    URL root;

    private Browser browser;
    private Path pdf;

    @BeforeEach
    void signIn() throws Exception {
        Tenant tenant = TestTenants.register(registerTenant, "tasktypebrowser");
        String base = "http://" + TestTenants.host(tenant) + ":" + root.getPort();
        pdf = Files.createTempFile("Vejledning til valgstyrere", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser = new Browser();
        browser.driver.get(base + "/admin");
        browser.waitFor(By.id("login-submit"));
        browser.driver.findElement(By.id("cvr-other")).sendKeys(tenant.cvr().value());
        browser.driver.findElement(By.id("login-submit")).click();
        browser.byTestId("area-create");
    }

    @AfterEach
    void close(TestInfo info) throws Exception {
        browser.screenshot(info.getTestMethod().map(m -> m.getName()).orElse("tasktypes"));
        browser.close();
        Files.deleteIfExists(pdf);
    }

    private List<String> rows() {
        return browser.allByTestId("task-type-row").stream().map(WebElement::getText).toList();
    }

    private void type(String testId, String text) {
        browser.type(testId, text);
    }

    /** Time inputs take typed digits differently per locale; setting the value through Angular's input event is exact. */
    private void setTime(String testId, String value) {
        WebElement input = browser.byTestId(testId);
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", input, value);
    }

    @Test
    void anAdminCreatesATrustedTaskTypeWithAPdfGuide() {
        browser.byTestId("nav-task-types").click();
        browser.byTestId("task-type-create").click();
        type("task-type-title", "Valgstyrer");
        type("task-type-short-name", "VS");
        setTime("task-type-start", "07:00");
        setTime("task-type-end", "22:00");
        type("task-type-payment", "800");
        type("task-type-description", "<p onclick=\"alert(1)\">Mød op <strong>kl. 7</strong></p><script>alert(2)</script>");
        browser.byTestId("task-type-trusted").findElement(By.cssSelector("input[type='checkbox']")).click();
        browser.byTestId("task-type-file-input").sendKeys(pdf.toAbsolutePath().toString());
        browser.waitUntil(d -> !browser.allByTestId("task-type-file-pending").isEmpty(), "file chosen");
        browser.byTestId("task-type-save").click();

        browser.waitUntil(d -> rows().stream().anyMatch(r -> r.contains("Valgstyrer")), "task type listed");
        String row = rows().get(0);
        assertThat(row).contains("VS").contains("07:00–22:00").contains("800 kr.").contains("Betroet");
        browser.waitUntil(d -> "1".equals(browser.byTestId("task-type-file-count").getText().trim()), "one file");

        browser.byTestId("task-type-edit").click();
        browser.waitUntil(d -> browser.allByTestId("task-type-file-row").size() == 1, "file shown in the form");
        assertThat(browser.byTestId("task-type-file-row").getText()).contains("Vejledning til valgstyrere");
        String preview = browser.byTestId("task-type-description-preview").getAttribute("innerHTML");
        assertThat(preview).contains("<strong>kl. 7</strong>").doesNotContain("onclick").doesNotContain("script");
    }
}
