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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin writes the participant site's front page, switches the FAQ on and fills in the contact information with
 * an SVG logo (an unsafe one is refused); then an anonymous visitor sees all of it.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class WebContentBrowserTest {
    private static final String LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\" "
            + "viewBox=\"0 0 120 40\"><rect width=\"120\" height=\"40\" fill=\"#004b87\"/>"
            + "<text x=\"10\" y=\"26\" fill=\"#fff\">Demo</text></svg>";
    private static final String UNSAFE = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
            + "<script>alert(2)</script></svg>";

    @Inject
    RegisterTenantUseCase registerTenant;

    @TestHTTPResource("/")
    URL root;

    private Browser admin;
    private Browser visitor;
    private String base;
    private Path logo;
    private Path unsafe;

    @BeforeEach
    void signIn() throws Exception {
        Tenant tenant = TestTenants.register(registerTenant, "webbrowser");
        base = "http://" + TestTenants.host(tenant) + ":" + root.getPort();
        logo = Files.createTempFile("kommunelogo", ".svg");
        Files.writeString(logo, LOGO, StandardCharsets.UTF_8);
        unsafe = Files.createTempFile("farligt-logo", ".svg");
        Files.writeString(unsafe, UNSAFE, StandardCharsets.UTF_8);
        admin = new Browser();
        admin.driver.get(base + "/admin");
        admin.waitFor(By.id("login-submit"));
        admin.driver.findElement(By.id("cvr-other")).sendKeys(tenant.cvr().value());
        admin.driver.findElement(By.id("login-submit")).click();
        admin.byTestId("area-create");
    }

    @AfterEach
    void close() throws Exception {
        admin.screenshot("webcontent-admin");
        admin.close();
        if (visitor != null) {
            visitor.screenshot("webcontent-visitor");
            visitor.close();
        }
        Files.deleteIfExists(logo);
        Files.deleteIfExists(unsafe);
    }

    private void type(String testId, String text) {
        admin.type(testId, text);
    }

    private void saved(String prefix) {
        admin.waitUntil(d -> admin.byTestId(prefix + "-status").getText().trim().equals("Gemt."), prefix + " saved");
    }

    @Test
    void anAdminWritesTheSiteAndAnAnonymousVisitorSeesIt() throws Exception {
        admin.byTestId("nav-web-content").click();

        type("web-front-page-title", "Bliv tilforordnet i Demo Kommune");
        type("web-front-page-body", "<p onclick=\"alert(1)\">Vi mangler <strong>hjælpere</strong> til valget.</p>");
        admin.byTestId("web-front-page-save").click();
        saved("web-front-page");
        assertThat(admin.byTestId("web-front-page-preview").getAttribute("innerHTML"))
                .isEqualTo("<p>Vi mangler <strong>hjælpere</strong> til valget.</p>");

        admin.byTestId("web-tab-faq").click();
        type("web-faq-body", "<h2>Hvornår skal jeg møde?</h2><p>Kl. 7.30 på dit valgsted.</p>");
        admin.byTestId("web-faq-active").findElement(By.cssSelector("input[type='checkbox']")).click();
        admin.byTestId("web-faq-save").click();
        saved("web-faq");

        admin.byTestId("web-tab-contact-information").click();
        type("contact-municipalityName", "Demo Kommune");
        type("contact-department", "Valgsekretariatet");
        type("contact-address", "Rådhuspladsen 1");
        type("contact-postalCode", "9999");
        type("contact-city", "Demoby");
        type("contact-phone", "70 10 18 18");
        type("contact-email", "valg@demo.dk");
        admin.byTestId("contact-save").click();
        admin.waitUntil(d -> admin.byTestId("contact-status").getText().trim().equals("Gemt."), "contact saved");

        admin.byTestId("contact-logo-input").sendKeys(unsafe.toAbsolutePath().toString());
        admin.waitUntil(d -> admin.byTestId("error-message").getText().contains("sikkerhedshensyn"),
                "the unsafe logo is refused with the reason");
        admin.byTestId("contact-logo-input").sendKeys(logo.toAbsolutePath().toString());
        WebElement preview = admin.byTestId("contact-logo-preview");
        admin.waitUntil(d -> loaded(admin, preview), "the logo preview is shown");

        visitor = new Browser();
        visitor.driver.get(base + "/");
        visitor.waitUntil(d -> visitor.byTestId("front-title").getText().equals("Bliv tilforordnet i Demo Kommune"),
                "the office's front page");
        assertThat(visitor.byTestId("front-content").getText()).isEqualTo("Vi mangler hjælpere til valget.");
        assertThat(visitor.byTestId("no-active-election").getText()).contains("Ingen aktive valg");
        visitor.waitUntil(d -> loaded(visitor, visitor.byTestId("site-logo")), "the logo in the header");

        visitor.byTestId("nav-contact").click();
        assertThat(visitor.byTestId("contact-department").getText()).isEqualTo("Valgsekretariatet");
        assertThat(visitor.byTestId("contact-city").getText()).isEqualTo("9999 Demoby");
        assertThat(visitor.byTestId("contact-email").getText()).isEqualTo("valg@demo.dk");
        visitor.waitUntil(d -> loaded(visitor, visitor.byTestId("contact-logo")), "the logo on the contact page");

        visitor.byTestId("nav-faq").click();
        assertThat(visitor.byTestId("faq-content").getText()).contains("Hvornår skal jeg møde?")
                .contains("Kl. 7.30 på dit valgsted.");
        visitor.driver.navigate().refresh();
        assertThat(visitor.byTestId("faq-content").getText()).contains("Hvornår skal jeg møde?");
    }

    private static boolean loaded(Browser browser, WebElement image) {
        Object width = ((JavascriptExecutor) browser.driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
        return width instanceof Number n && n.intValue() > 0;
    }
}
