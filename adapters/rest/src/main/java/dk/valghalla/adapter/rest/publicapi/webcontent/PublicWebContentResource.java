package dk.valghalla.adapter.rest.publicapi.webcontent;

import dk.valghalla.application.webcontent.port.in.DescribeContactLogoUseCase;
import dk.valghalla.application.webcontent.port.in.ShowContactInformationUseCase;
import dk.valghalla.application.webcontent.port.in.ShowContactLogoUseCase;
import dk.valghalla.application.webcontent.port.in.ShowDisclosureStatementUseCase;
import dk.valghalla.application.webcontent.port.in.ShowFrontPageUseCase;
import dk.valghalla.application.webcontent.port.in.ShowPublishedConsentDeclarationUseCase;
import dk.valghalla.application.webcontent.port.in.ShowPublishedFaqUseCase;
import dk.valghalla.application.webcontent.port.in.ShowSiteContextUseCase;
import dk.valghalla.application.webcontent.port.in.SiteContext;
import dk.valghalla.domain.webcontent.ContactInformation;
import dk.valghalla.domain.webcontent.ContactInformationNotFoundException;
import dk.valghalla.domain.webcontent.SvgLogo;
import dk.valghalla.domain.webcontent.Versioned;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * The participant site's content as everybody may see it, signed in or not (the role matrix gives anonymous visitors
 * the front page, the contact information and the FAQ). Pages that are switched off do not exist here (404).
 */
@Path("/api/public/web-content")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicWebContentResource {
    /**
     * Served SVG may never run script or load anything, even when opened directly: no sources at all, inline styles
     * only, embedded raster images, and a sandbox.
     */
    static final String LOGO_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

    /** What the frame of every page needs. {@code logoUrl} is null without a logo. */
    public record SiteContextResponse(boolean faqActive, boolean consentDeclarationActive, boolean anyActiveElection,
                                      boolean contactInformation, String logoUrl) {
    }

    /** {@code title} is null while the front page is not written (the site then shows its own welcome). */
    public record FrontPageResponse(String title, String content) {
    }

    /** Sanitized HTML ("" while not written). */
    public record PageResponse(String content) {
    }

    /** Plain text. */
    public record ConsentDeclarationResponse(String text) {
    }

    /** {@code phone}, {@code email}, {@code digitalPostUrl} and {@code logoUrl} may be null. */
    public record ContactInformationResponse(String municipalityName, String department, String address,
                                             String postalCode, String city, String phone, String email,
                                             String digitalPostUrl, String logoUrl) {
    }

    private final ShowSiteContextUseCase siteContext;
    private final ShowFrontPageUseCase frontPage;
    private final ShowPublishedFaqUseCase faq;
    private final ShowDisclosureStatementUseCase disclosure;
    private final ShowPublishedConsentDeclarationUseCase consent;
    private final ShowContactInformationUseCase contact;
    private final ShowContactLogoUseCase logo;
    private final DescribeContactLogoUseCase describeLogo;

    public PublicWebContentResource(ShowSiteContextUseCase siteContext, ShowFrontPageUseCase frontPage,
                                    ShowPublishedFaqUseCase faq, ShowDisclosureStatementUseCase disclosure,
                                    ShowPublishedConsentDeclarationUseCase consent,
                                    ShowContactInformationUseCase contact, ShowContactLogoUseCase logo,
                                    DescribeContactLogoUseCase describeLogo) {
        this.siteContext = siteContext;
        this.frontPage = frontPage;
        this.faq = faq;
        this.disclosure = disclosure;
        this.consent = consent;
        this.contact = contact;
        this.logo = logo;
        this.describeLogo = describeLogo;
    }

    @GET
    @Path("context")
    public SiteContextResponse context() {
        SiteContext c = siteContext.showSiteContext();
        return new SiteContextResponse(c.faqActive(), c.consentDeclarationActive(), c.anyActiveElection(),
                c.contactInformationWritten(), logoUrl(c.logoSha256()));
    }

    @GET
    @Path("front-page")
    public FrontPageResponse frontPage() {
        return frontPage.showFrontPage().map(Versioned::value)
                .map(p -> new FrontPageResponse(p.title(), p.content().html()))
                .orElse(new FrontPageResponse(null, ""));
    }

    /** 404 {@code faq.not_active} while the FAQ is switched off. */
    @GET
    @Path("faq")
    public PageResponse faq() {
        return new PageResponse(faq.showPublishedFaq().content().html());
    }

    @GET
    @Path("disclosure-statement")
    public PageResponse disclosureStatement() {
        return new PageResponse(disclosure.showDisclosureStatement().map(v -> v.value().content().html()).orElse(""));
    }

    /** 404 {@code consent_declaration.not_active} while the declaration of consent is switched off. */
    @GET
    @Path("consent-declaration")
    public ConsentDeclarationResponse consentDeclaration() {
        return new ConsentDeclarationResponse(consent.showPublishedConsentDeclaration().text());
    }

    /** 404 {@code contact_information.not_found} until the election office has written it. */
    @GET
    @Path("contact-information")
    public ContactInformationResponse contactInformation() {
        ContactInformation c = contact.showContactInformation().map(Versioned::value)
                .orElseThrow(ContactInformationNotFoundException::new);
        return new ContactInformationResponse(c.municipalityName(), c.department(), c.address(), c.postalCode(),
                c.city(), c.phone(), c.email(), c.digitalPostUrl(),
                describeLogo.describeContactLogo().map(f -> logoUrl(f.sha256())).orElse(null));
    }

    /**
     * The logo as {@code image/svg+xml}, with a policy that forbids script and every outside source even if the file
     * is opened directly; revalidated by its hash (ETag). 404 {@code logo.not_found} without a logo. JSON is listed so
     * that a client asking for JSON gets the 404 as problem+json instead of a 406.
     */
    @GET
    @Path("contact-information/logo")
    @Produces({SvgLogo.CONTENT_TYPE, MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response logo(@Context Request request) {
        SvgLogo svg = logo.showContactLogo();
        EntityTag tag = new EntityTag(svg.file().sha256());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(svg.content(), SvgLogo.CONTENT_TYPE + ";charset=utf-8").tag(tag)
                .header("Content-Disposition", "inline; filename=\"logo.svg\"");
        return response.header("Content-Security-Policy", LOGO_CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-cache")
                .build();
    }

    /** The public address of the current logo (with its hash, so that browsers fetch a new logo at once), or null. */
    public static String logoUrl(String sha256) {
        return sha256 == null ? null : "/api/public/web-content/contact-information/logo?v=" + sha256.substring(0, 16);
    }
}
