package dk.valghalla.application.webcontent.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.shared.port.out.RichTextSanitizer;
import dk.valghalla.application.webcontent.port.in.DescribeContactLogoUseCase;
import dk.valghalla.application.webcontent.port.in.RemoveContactLogoUseCase;
import dk.valghalla.application.webcontent.port.in.ReplaceContactLogoCommand;
import dk.valghalla.application.webcontent.port.in.ReplaceContactLogoUseCase;
import dk.valghalla.application.webcontent.port.in.ReviseConsentDeclarationCommand;
import dk.valghalla.application.webcontent.port.in.ReviseConsentDeclarationUseCase;
import dk.valghalla.application.webcontent.port.in.ReviseContactInformationCommand;
import dk.valghalla.application.webcontent.port.in.ReviseContactInformationUseCase;
import dk.valghalla.application.webcontent.port.in.ReviseDisclosureStatementCommand;
import dk.valghalla.application.webcontent.port.in.ReviseDisclosureStatementUseCase;
import dk.valghalla.application.webcontent.port.in.ReviseFaqCommand;
import dk.valghalla.application.webcontent.port.in.ReviseFaqUseCase;
import dk.valghalla.application.webcontent.port.in.ReviseFrontPageCommand;
import dk.valghalla.application.webcontent.port.in.ReviseFrontPageUseCase;
import dk.valghalla.application.webcontent.port.in.ShowConsentDeclarationUseCase;
import dk.valghalla.application.webcontent.port.in.ShowContactInformationUseCase;
import dk.valghalla.application.webcontent.port.in.ShowContactLogoUseCase;
import dk.valghalla.application.webcontent.port.in.ShowDisclosureStatementUseCase;
import dk.valghalla.application.webcontent.port.in.ShowFaqUseCase;
import dk.valghalla.application.webcontent.port.in.ShowFrontPageUseCase;
import dk.valghalla.application.webcontent.port.in.ShowPublishedConsentDeclarationUseCase;
import dk.valghalla.application.webcontent.port.in.ShowPublishedFaqUseCase;
import dk.valghalla.application.webcontent.port.in.ShowSiteContextUseCase;
import dk.valghalla.application.webcontent.port.in.SiteContext;
import dk.valghalla.application.webcontent.port.out.ElectionActivity;
import dk.valghalla.application.webcontent.port.out.SvgReader;
import dk.valghalla.application.webcontent.port.out.WebContentRepository;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.file.FileContent;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.shared.RichText;
import dk.valghalla.domain.webcontent.ConsentDeclaration;
import dk.valghalla.domain.webcontent.ContactInformation;
import dk.valghalla.domain.webcontent.DisclosureStatement;
import dk.valghalla.domain.webcontent.Faq;
import dk.valghalla.domain.webcontent.FrontPage;
import dk.valghalla.domain.webcontent.LogoNotFoundException;
import dk.valghalla.domain.webcontent.SvgLogo;
import dk.valghalla.domain.webcontent.Versioned;
import dk.valghalla.domain.webcontent.WebPage;
import dk.valghalla.domain.webcontent.WebPageKind;
import dk.valghalla.domain.webcontent.WebPageNotActiveException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * The participant-facing content that the election office writes (<i>ekstern hjemmeside</i>): front page, FAQ,
 * disclosure statement, declaration of consent, contact information and logo. Formatted text is sanitized, every
 * change is audited in the same transaction, and saves are optimistic (a stale version is refused).
 */
@ApplicationScoped
public class WebContentService implements ShowFrontPageUseCase, ReviseFrontPageUseCase, ShowFaqUseCase,
        ReviseFaqUseCase, ShowPublishedFaqUseCase, ShowDisclosureStatementUseCase, ReviseDisclosureStatementUseCase,
        ShowConsentDeclarationUseCase, ReviseConsentDeclarationUseCase, ShowPublishedConsentDeclarationUseCase,
        ShowContactInformationUseCase, ReviseContactInformationUseCase, ReplaceContactLogoUseCase,
        RemoveContactLogoUseCase, DescribeContactLogoUseCase, ShowContactLogoUseCase, ShowSiteContextUseCase {
    static final String WEB_PAGE = "WEB_PAGE";
    static final String CONTACT_INFORMATION = "CONTACT_INFORMATION";

    private final WebContentRepository content;
    private final RichTextSanitizer sanitizer;
    private final SvgReader svgReader;
    private final ElectionActivity elections;
    private final AuditTrail auditTrail;

    public WebContentService(WebContentRepository content, RichTextSanitizer sanitizer, SvgReader svgReader,
                             ElectionActivity elections, AuditTrail auditTrail) {
        this.content = content;
        this.sanitizer = sanitizer;
        this.svgReader = svgReader;
        this.elections = elections;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional
    public Optional<Versioned<FrontPage>> showFrontPage() {
        return page(WebPageKind.FRONT_PAGE, FrontPage.class);
    }

    @Override
    @Transactional
    public Versioned<FrontPage> reviseFrontPage(ReviseFrontPageCommand c) {
        return save(new FrontPage(c.title(), richText(c.contentHtml())), c.expectedVersion(), FrontPage.class);
    }

    @Override
    @Transactional
    public Optional<Versioned<Faq>> showFaq() {
        return page(WebPageKind.FAQ, Faq.class);
    }

    @Override
    @Transactional
    public Versioned<Faq> reviseFaq(ReviseFaqCommand c) {
        return save(new Faq(richText(c.contentHtml()), c.active()), c.expectedVersion(), Faq.class);
    }

    @Override
    @Transactional
    public Faq showPublishedFaq() {
        return showFaq().map(Versioned::value).filter(Faq::active)
                .orElseThrow(() -> new WebPageNotActiveException(WebPageKind.FAQ));
    }

    @Override
    @Transactional
    public Optional<Versioned<DisclosureStatement>> showDisclosureStatement() {
        return page(WebPageKind.DISCLOSURE_STATEMENT, DisclosureStatement.class);
    }

    @Override
    @Transactional
    public Versioned<DisclosureStatement> reviseDisclosureStatement(ReviseDisclosureStatementCommand c) {
        return save(new DisclosureStatement(richText(c.contentHtml())), c.expectedVersion(), DisclosureStatement.class);
    }

    @Override
    @Transactional
    public Optional<Versioned<ConsentDeclaration>> showConsentDeclaration() {
        return page(WebPageKind.CONSENT_DECLARATION, ConsentDeclaration.class);
    }

    @Override
    @Transactional
    public Versioned<ConsentDeclaration> reviseConsentDeclaration(ReviseConsentDeclarationCommand c) {
        return save(new ConsentDeclaration(c.text(), c.active()), c.expectedVersion(), ConsentDeclaration.class);
    }

    @Override
    @Transactional
    public ConsentDeclaration showPublishedConsentDeclaration() {
        return showConsentDeclaration().map(Versioned::value).filter(ConsentDeclaration::active)
                .orElseThrow(() -> new WebPageNotActiveException(WebPageKind.CONSENT_DECLARATION));
    }

    @Override
    @Transactional
    public Optional<Versioned<ContactInformation>> showContactInformation() {
        return content.findContactInformation();
    }

    @Override
    @Transactional
    public Versioned<ContactInformation> reviseContactInformation(ReviseContactInformationCommand c) {
        ContactInformation information = new ContactInformation(c.municipalityName(), c.department(), c.address(),
                c.postalCode(), c.city(), c.phone(), c.email(), c.digitalPostUrl());
        Versioned<ContactInformation> saved = content.saveContactInformation(information, c.expectedVersion());
        auditTrail.record(AuditAction.CONTACT_INFORMATION_UPDATED, CONTACT_INFORMATION, "contact-information",
                describe(information));
        return saved;
    }

    @Override
    @Transactional
    public StoredFile replaceContactLogo(ReplaceContactLogoCommand c) {
        SvgLogo logo = SvgLogo.upload(c.fileName(), c.content(), svgReader::read);
        content.lockLogo();
        content.replaceLogo(logo.file(), logo.content());
        auditTrail.record(AuditAction.CONTACT_LOGO_CHANGED, CONTACT_INFORMATION, "logo", describe(logo.file()));
        return logo.file();
    }

    @Override
    @Transactional
    public void removeContactLogo() {
        StoredFile logo = content.lockLogo().orElseThrow(LogoNotFoundException::new);
        content.removeLogo();
        auditTrail.record(AuditAction.CONTACT_LOGO_REMOVED, CONTACT_INFORMATION, "logo", describe(logo));
    }

    @Override
    @Transactional
    public Optional<StoredFile> describeContactLogo() {
        return content.logo();
    }

    @Override
    @Transactional
    public SvgLogo showContactLogo() {
        FileContent stored = content.loadLogo().orElseThrow(LogoNotFoundException::new);
        return SvgLogo.stored(stored.file(), stored.bytes());
    }

    @Override
    @Transactional
    public SiteContext showSiteContext() {
        return new SiteContext(
                showFaq().map(v -> v.value().active()).orElse(false),
                showConsentDeclaration().map(v -> v.value().active()).orElse(false),
                elections.anyActiveElection(),
                content.findContactInformation().isPresent(),
                content.logo().map(StoredFile::sha256).orElse(null));
    }

    private <P extends WebPage> Optional<Versioned<P>> page(WebPageKind kind, Class<P> type) {
        return content.findPage(kind).map(v -> v.map(type::cast));
    }

    private <P extends WebPage> Versioned<P> save(P page, long expectedVersion, Class<P> type) {
        Versioned<P> saved = content.savePage(page, expectedVersion).map(type::cast);
        auditTrail.record(AuditAction.WEB_PAGE_UPDATED, WEB_PAGE, page.kind(), describe(page));
        return saved;
    }

    /** Sanitized; a refusal (e.g. too long) names the page's field, not the generic "description". */
    private RichText richText(String html) {
        try {
            return sanitizer.sanitize(html);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("content", e.code(), e.getMessage());
        }
    }

    /** "Front page 'Bliv tilforordnet', 1234 characters" / "FAQ switched on, 880 characters" for the audit log. */
    private static String describe(WebPage page) {
        if (page instanceof FrontPage p) {
            return "Front page '" + p.title() + "', " + p.content().html().length() + " characters";
        } else if (page instanceof Faq p) {
            return "FAQ " + (p.active() ? "switched on" : "switched off") + ", " + p.content().html().length()
                    + " characters";
        } else if (page instanceof DisclosureStatement p) {
            return "Disclosure statement, " + p.content().html().length() + " characters";
        } else {
            ConsentDeclaration p = (ConsentDeclaration) page;
            return "Declaration of consent " + (p.active() ? "switched on" : "switched off") + ", "
                    + p.text().length() + " characters";
        }
    }

    private static String describe(ContactInformation c) {
        return c.municipalityName() + ", " + c.department() + ", " + c.address() + ", " + c.postalCode() + " "
                + c.city() + (c.phone() == null ? "" : ", phone " + c.phone())
                + (c.email() == null ? "" : ", " + c.email())
                + (c.digitalPostUrl() == null ? "" : ", Digital Post " + c.digitalPostUrl());
    }

    /** "logo.svg (1234 bytes, SHA-256 ab12…)" for the audit log. */
    private static String describe(StoredFile file) {
        return file.name() + " (" + file.size() + " bytes, SHA-256 " + file.sha256() + ")";
    }
}
