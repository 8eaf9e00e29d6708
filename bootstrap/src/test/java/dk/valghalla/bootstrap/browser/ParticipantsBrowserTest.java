package dk.valghalla.bootstrap.browser;

import dk.valghalla.adapter.cpr.fake.Sf1520Fixtures;
import dk.valghalla.application.participant.port.in.CreateParticipantCommand;
import dk.valghalla.application.participant.port.in.CreateParticipantUseCase;
import dk.valghalla.application.team.port.in.CreateTeamCommand;
import dk.valghalla.application.team.port.in.CreateTeamUseCase;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.ExportFiles;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin in headless Chromium looks a CPR number up in the (fake) CPR register, creates the participant, sees the
 * whole CPR number on request, edits the contact details, writes a comment, grants a right and deletes the
 * participant; with the register failing, the admin is told so and nothing is created; and several participants are
 * deleted at once only after the confirmation word is typed.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class ParticipantsBrowserTest {
    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    TenantWork tenantWork;
    @Inject
    CreateTeamUseCase createTeam;
    @Inject
    CreateParticipantUseCase createParticipant;
    @Inject
    CircuitBreakerMaintenance circuits;

    @TestHTTPResource("/")
    URL root;

    private Tenant tenant;
    private Team frivillige;
    private Browser browser;

    @BeforeEach
    void signIn() throws Exception {
        tenant = TestTenants.register(registerTenant, "participantsbrowser", "0999");
        frivillige = tenantWork.callAs(tenant, () -> createTeam.createTeam(new CreateTeamCommand("Frivillige", "F", null)));
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
        browser.screenshot(info.getTestMethod().map(m -> m.getName()).orElse("participants"));
        browser.close();
        circuits.resetAll();
    }

    private void participant(String cpr) {
        tenantWork.runAs(tenant, () -> createParticipant.createParticipant(new CreateParticipantCommand(
                CprNumber.of(cpr), Set.of(frivillige.id()), null, null, Set.of())));
    }

    private List<String> rows() {
        return browser.allByTestId("participant-row").stream().map(WebElement::getText).toList();
    }

    private void type(String testId, String text) {
        browser.type(testId, text);
    }

    @Test
    void anAdminChoosesColumnsAndDownloadsTheListAsCsvWithTheProtectedAddressMarked() throws Exception {
        participant(Sf1520Fixtures.ADULT);
        participant(Sf1520Fixtures.PROTECTED_ADDRESS);
        browser.byTestId("nav-participants").click();
        browser.waitUntil(d -> rows().size() == 2, "two participants listed");

        browser.click(browser.byTestId("participant-export"));
        WebElement mandatory = browser.byTestId("participant-export-column-PROTECTED_ADDRESS");
        assertThat(mandatory.findElement(By.cssSelector("input")).isEnabled()).isFalse();
        browser.click(browser.byTestId("participant-export-column-EMAIL").findElement(By.cssSelector("label")));
        browser.click(browser.byTestId("participant-export-column-BIRTH_DATE").findElement(By.cssSelector("label")));
        browser.click(browser.byTestId("participant-export-format-csv").findElement(By.cssSelector("label")));
        browser.screenshot("participants-export-dialog");
        browser.click(browser.byTestId("participant-export-download"));

        List<List<String>> csv = ExportFiles.csv(Files.readAllBytes(browser.download(".csv")));
        assertThat(csv.get(0)).contains("Navn", "Adressebeskyttet", "Fødselsdato").doesNotContain("E-mail");
        int protectedColumn = csv.get(0).indexOf("Adressebeskyttet");
        assertThat(csv).hasSize(3);
        assertThat(csv.get(1)).contains("Anne Marie Jensen", "01-01-1990");
        assertThat(csv.get(2).get(0)).isEqualTo("Lise Kristensen");
        assertThat(csv.get(2).get(protectedColumn)).isEqualTo("Ja");
    }

    @Test
    void anAdminLooksUpCreatesEditsCommentsOnGrantsARightAndDeletesAParticipant() {
        participant(Sf1520Fixtures.PROTECTED_ADDRESS);
        browser.byTestId("nav-participants").click();
        browser.waitUntil(d -> rows().size() == 1, "the protected participant listed");
        browser.screenshot("participants-list");
        assertThat(rows().get(0)).contains("Lise Kristensen").contains("070885-XXXX").contains("Adressebeskyttet");

        browser.byTestId("participant-create").click();
        type("participant-cpr-input", "010190-1234");
        browser.byTestId("participant-lookup").click();
        assertThat(browser.byTestId("person-name").getText()).isEqualTo("Anne Marie Jensen");
        assertThat(browser.byTestId("person-address").getText()).contains("Rådhuspladsen");
        assertThat(browser.byTestId("person-fetched").getText()).contains("Hentet fra CPR");
        browser.choose("participant-teams", "Frivillige");
        type("participant-mobile", "+45 20 30 40 50");
        browser.screenshot("participant-create-dialog");
        browser.byTestId("participant-save").click();

        assertThat(browser.byTestId("participant-name").getText()).isEqualTo("Anne Marie Jensen");
        assertThat(browser.byTestId("participant-cpr-masked").getText()).isEqualTo("010190-XXXX");
        assertThat(browser.byTestId("participant-mobile-value").getText()).isEqualTo("20304050");
        browser.byTestId("participant-show-cpr").click();
        assertThat(browser.byTestId("participant-cpr-full").getText()).isEqualTo("010190-1234");
        browser.screenshot("participant-profile");

        browser.byTestId("participant-edit").click();
        type("participant-email", "anne@example.dk");
        browser.byTestId("participant-save").click();
        browser.waitUntil(d -> browser.byTestId("participant-email-value").getText().equals("anne@example.dk"),
                "e-mail saved");

        type("participant-comment-text", "Kan kun om formiddagen");
        browser.byTestId("participant-comment-add").click();
        browser.waitUntil(d -> browser.allByTestId("participant-comment").stream()
                .anyMatch(c -> c.getText().contains("Kan kun om formiddagen")), "comment shown");

        browser.choose("participant-responsible-teams", "Frivillige");
        browser.byTestId("participant-save-rights").click();
        browser.waitUntil(d -> d.getPageSource().contains("Rettighederne er gemt"), "rights saved");

        browser.byTestId("participant-delete").click();
        assertThat(browser.byTestId("confirm-warning").getText()).contains("teamansvarlig");
        browser.byTestId("confirm-yes").click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/admin/participants") && rows().size() == 1,
                "back at the list without Anne");
        assertThat(rows().get(0)).contains("Lise Kristensen");
    }

    @Test
    void aFailingRegisterIsExplainedAndSeveralParticipantsAreDeletedOnlyWithTheTypedWord() {
        participant(Sf1520Fixtures.ADULT);
        participant(Sf1520Fixtures.NO_DIGITAL_POST);
        browser.byTestId("nav-participants").click();
        browser.waitUntil(d -> rows().size() == 2, "two participants listed");

        browser.byTestId("participant-create").click();
        type("participant-cpr-input", Sf1520Fixtures.FAILING);
        browser.byTestId("participant-lookup").click();
        assertThat(browser.byTestId("error-message").getText()).contains("CPR-registret svarer ikke lige nu")
                .contains("Intet er gemt");
        browser.byTestId("participant-cancel").click();
        browser.waitUntil(d -> browser.allByTestId("participant-cancel").isEmpty(), "dialog closed");
        assertThat(rows()).hasSize(2);

        browser.byTestId("participant-select-all").findElement(By.cssSelector("input")).click();
        assertThat(browser.byTestId("participant-selected-count").getText()).contains("2 valgt");
        browser.byTestId("participant-bulk-delete").click();
        assertThat(browser.byTestId("confirm-warning").getText()).contains("2 deltagere slettes");
        WebElement confirm = browser.byTestId("participant-bulk-confirm");
        assertThat(confirm.isEnabled()).as("nothing typed yet").isFalse();
        type("participant-bulk-word", "SLET");
        browser.waitUntil(d -> confirm.isEnabled(), "confirmation enabled");
        confirm.click();
        browser.byTestId("participants-empty");
        assertThat(rows()).isEmpty();
    }
}
