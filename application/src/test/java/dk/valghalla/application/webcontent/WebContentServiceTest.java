package dk.valghalla.application.webcontent;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.fakes.FakeRichTextSanitizer;
import dk.valghalla.application.fakes.FakeSvgReader;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemoryWebContentRepository;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.fakes.SwitchableElectionActivity;
import dk.valghalla.application.webcontent.port.in.ReplaceContactLogoCommand;
import dk.valghalla.application.webcontent.port.in.ReviseConsentDeclarationCommand;
import dk.valghalla.application.webcontent.port.in.ReviseContactInformationCommand;
import dk.valghalla.application.webcontent.port.in.ReviseDisclosureStatementCommand;
import dk.valghalla.application.webcontent.port.in.ReviseFaqCommand;
import dk.valghalla.application.webcontent.port.in.ReviseFrontPageCommand;
import dk.valghalla.application.webcontent.port.in.SiteContext;
import dk.valghalla.application.webcontent.service.WebContentService;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.webcontent.FrontPage;
import dk.valghalla.domain.webcontent.LogoNotFoundException;
import dk.valghalla.domain.webcontent.LogoNotSvgException;
import dk.valghalla.domain.webcontent.LogoTooLargeException;
import dk.valghalla.domain.webcontent.LogoUnsafeException;
import dk.valghalla.domain.webcontent.SvgLogo;
import dk.valghalla.domain.webcontent.Versioned;
import dk.valghalla.domain.webcontent.WebPageNotActiveException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebContentServiceTest {
    private static final byte[] LOGO = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
            + "<circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>").getBytes(StandardCharsets.UTF_8);

    private final InMemoryWebContentRepository repository = new InMemoryWebContentRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final SwitchableElectionActivity elections = new SwitchableElectionActivity();
    private final WebContentService service = new WebContentService(repository, new FakeRichTextSanitizer(),
            new FakeSvgReader(), elections,
            new AuditTrail(auditLog, FixedCurrentActor.admin(), new MutableClock(Instant.EPOCH)));

    private static ReviseContactInformationCommand contact(String email, String digitalPost, long version) {
        return new ReviseContactInformationCommand("Demo Kommune", "Valgsekretariatet", "Rådhuspladsen 1", "9999",
                "Demoby", "70 10 18 18", email, digitalPost, version);
    }

    @Test
    void theFrontPageIsSanitizedVersionedAndAudited() {
        assertThat(service.showFrontPage()).isEmpty();
        Versioned<FrontPage> saved = service.reviseFrontPage(new ReviseFrontPageCommand("Bliv tilforordnet",
                "<p onclick=\"steal()\">Velkommen</p><script>alert(1)</script>", 0));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.value().content().html()).isEqualTo("<p>Velkommen</p>");
        assertThat(service.showFrontPage()).contains(saved);
        assertThat(auditLog.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.WEB_PAGE_UPDATED);
            assertThat(e.objectType()).isEqualTo("WEB_PAGE");
            assertThat(e.objectId()).isEqualTo("FRONT_PAGE");
            assertThat(e.summary()).isEqualTo("Front page 'Bliv tilforordnet', 16 characters");
        });
        assertThatThrownBy(() -> service.reviseFrontPage(new ReviseFrontPageCommand("Gammel", "", 0)))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(auditLog.entries()).hasSize(1);
    }

    @Test
    void aTooLongTextIsRefusedOnTheContentField() {
        assertThatThrownBy(() -> service.reviseDisclosureStatement(
                new ReviseDisclosureStatementCommand("<p>" + "x".repeat(60_000) + "</p>", 0)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "content")
                .hasFieldOrPropertyWithValue("code", "text.too_long");
    }

    @Test
    void theFaqIsPublicOnlyWhileSwitchedOn() {
        assertThatThrownBy(service::showPublishedFaq).isInstanceOf(WebPageNotActiveException.class)
                .hasFieldOrPropertyWithValue("code", "faq.not_active");
        service.reviseFaq(new ReviseFaqCommand("<h2>Hvornår?</h2><p>Kl. 8</p>", false, 0));
        assertThatThrownBy(service::showPublishedFaq).isInstanceOf(WebPageNotActiveException.class);
        assertThat(service.showSiteContext().faqActive()).isFalse();
        service.reviseFaq(new ReviseFaqCommand("<h2>Hvornår?</h2><p>Kl. 8</p>", true, 1));
        assertThat(service.showPublishedFaq().content().html()).isEqualTo("<h2>Hvornår?</h2><p>Kl. 8</p>");
        assertThat(service.showSiteContext().faqActive()).isTrue();
        assertThatThrownBy(() -> service.reviseFaq(new ReviseFaqCommand("  ", true, 2)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "web_page.content_required_when_active");
        assertThat(auditLog.entries()).extracting(AuditEntry::summary)
                .containsExactly("FAQ switched off, 29 characters", "FAQ switched on, 29 characters");
    }

    @Test
    void theConsentDeclarationIsPublicOnlyWhileSwitchedOn() {
        assertThatThrownBy(service::showPublishedConsentDeclaration).isInstanceOf(WebPageNotActiveException.class)
                .hasFieldOrPropertyWithValue("code", "consent_declaration.not_active");
        assertThatThrownBy(() -> service.reviseConsentDeclaration(new ReviseConsentDeclarationCommand("", true, 0)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "text");
        service.reviseConsentDeclaration(new ReviseConsentDeclarationCommand("Jeg giver samtykke.", true, 0));
        assertThat(service.showPublishedConsentDeclaration().text()).isEqualTo("Jeg giver samtykke.");
        assertThat(service.showSiteContext().consentDeclarationActive()).isTrue();
    }

    @Test
    void contactInformationNeedsEmailOrDigitalPostAndIsAudited() {
        assertThatThrownBy(() -> service.reviseContactInformation(contact(null, null, 0)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "contact_information.email_or_digital_post_required");
        service.reviseContactInformation(contact("valg@demo.dk", null, 0));
        service.reviseContactInformation(contact(null, "https://post.borger.dk/demo", 1));
        assertThat(service.showContactInformation().orElseThrow().version()).isEqualTo(2);
        assertThatThrownBy(() -> service.reviseContactInformation(contact("valg@demo.dk", null, 1)))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(auditLog.entries()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CONTACT_INFORMATION_UPDATED, AuditAction.CONTACT_INFORMATION_UPDATED);
        assertThat(auditLog.entries().get(1).summary()).isEqualTo("Demo Kommune, Valgsekretariatet, Rådhuspladsen 1, "
                + "9999 Demoby, phone 70 10 18 18, Digital Post https://post.borger.dk/demo");
    }

    @Test
    void aLogoIsUploadedServedReplacedAndRemovedWithAuditEntries() {
        assertThatThrownBy(service::showContactLogo).isInstanceOf(LogoNotFoundException.class)
                .hasFieldOrPropertyWithValue("code", "logo.not_found");
        StoredFile first = service.replaceContactLogo(new ReplaceContactLogoCommand("kommune.svg", LOGO));
        assertThat(service.showContactLogo().content()).isEqualTo(LOGO);
        assertThat(service.describeContactLogo()).contains(first);
        assertThat(service.showSiteContext().logoSha256()).isEqualTo(first.sha256());

        StoredFile second = service.replaceContactLogo(new ReplaceContactLogoCommand(null, LOGO));
        assertThat(second.name()).isEqualTo("logo.svg");
        assertThat(service.describeContactLogo()).contains(second);
        service.removeContactLogo();
        assertThat(service.describeContactLogo()).isEmpty();
        assertThatThrownBy(service::removeContactLogo).isInstanceOf(LogoNotFoundException.class);
        assertThat(auditLog.entries()).extracting(AuditEntry::action).containsExactly(AuditAction.CONTACT_LOGO_CHANGED,
                AuditAction.CONTACT_LOGO_CHANGED, AuditAction.CONTACT_LOGO_REMOVED);
        assertThat(auditLog.entries().get(0).summary()).startsWith("kommune.svg (" + LOGO.length + " bytes, SHA-256 ");
    }

    @Test
    void unsafeForeignAndOversizedLogosAreRefusedAndNothingIsStored() {
        byte[] script = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] onload = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] html = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>".getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[SvgLogo.MAX_BYTES + 1];
        assertThatThrownBy(() -> service.replaceContactLogo(new ReplaceContactLogoCommand("a.svg", script)))
                .isInstanceOf(LogoUnsafeException.class);
        assertThatThrownBy(() -> service.replaceContactLogo(new ReplaceContactLogoCommand("a.svg", onload)))
                .isInstanceOf(LogoUnsafeException.class);
        assertThatThrownBy(() -> service.replaceContactLogo(new ReplaceContactLogoCommand("a.svg", html)))
                .isInstanceOf(LogoNotSvgException.class);
        assertThatThrownBy(() -> service.replaceContactLogo(new ReplaceContactLogoCommand("a.svg", "plain text"
                .getBytes(StandardCharsets.UTF_8)))).isInstanceOf(LogoNotSvgException.class);
        assertThatThrownBy(() -> service.replaceContactLogo(new ReplaceContactLogoCommand("a.svg", big)))
                .isInstanceOf(LogoTooLargeException.class);
        assertThat(service.describeContactLogo()).isEmpty();
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void theSiteContextTellsWhetherAnElectionIsActive() {
        assertThat(service.showSiteContext()).isEqualTo(new SiteContext(false, false, false, false, null));
        elections.set(true);
        service.reviseContactInformation(contact("valg@demo.dk", null, 0));
        assertThat(service.showSiteContext()).isEqualTo(new SiteContext(false, false, true, true, null));
    }
}
