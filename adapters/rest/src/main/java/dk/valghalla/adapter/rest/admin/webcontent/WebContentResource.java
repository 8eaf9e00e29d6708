package dk.valghalla.adapter.rest.admin.webcontent;

import dk.valghalla.adapter.rest.admin.webcontent.WebContentDtos.ConsentDeclarationRequest;
import dk.valghalla.adapter.rest.admin.webcontent.WebContentDtos.ConsentDeclarationResponse;
import dk.valghalla.adapter.rest.admin.webcontent.WebContentDtos.ContactInformationRequest;
import dk.valghalla.adapter.rest.admin.webcontent.WebContentDtos.ContactInformationResponse;
import dk.valghalla.adapter.rest.admin.webcontent.WebContentDtos.DisclosureStatementRequest;
import dk.valghalla.adapter.rest.admin.webcontent.WebContentDtos.DisclosureStatementResponse;
import dk.valghalla.adapter.rest.admin.webcontent.WebContentDtos.FaqRequest;
import dk.valghalla.adapter.rest.admin.webcontent.WebContentDtos.FaqResponse;
import dk.valghalla.adapter.rest.admin.webcontent.WebContentDtos.FrontPageRequest;
import dk.valghalla.adapter.rest.admin.webcontent.WebContentDtos.FrontPageResponse;
import dk.valghalla.adapter.rest.admin.webcontent.WebContentDtos.LogoResponse;
import dk.valghalla.application.identity.Roles;
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
import dk.valghalla.application.webcontent.port.in.ShowDisclosureStatementUseCase;
import dk.valghalla.application.webcontent.port.in.ShowFaqUseCase;
import dk.valghalla.application.webcontent.port.in.ShowFrontPageUseCase;
import dk.valghalla.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The participant site's content as the election office edits it (<i>ekstern hjemmeside</i>): front page, FAQ,
 * disclosure statement, declaration of consent, contact information and the SVG logo. Each is a single resource of
 * the request's municipality, read and replaced as a whole with its version.
 */
@Path("/api/admin/web-content")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebContentResource {
    private final ShowFrontPageUseCase showFrontPage;
    private final ReviseFrontPageUseCase reviseFrontPage;
    private final ShowFaqUseCase showFaq;
    private final ReviseFaqUseCase reviseFaq;
    private final ShowDisclosureStatementUseCase showDisclosure;
    private final ReviseDisclosureStatementUseCase reviseDisclosure;
    private final ShowConsentDeclarationUseCase showConsent;
    private final ReviseConsentDeclarationUseCase reviseConsent;
    private final ShowContactInformationUseCase showContact;
    private final ReviseContactInformationUseCase reviseContact;
    private final DescribeContactLogoUseCase describeLogo;
    private final ReplaceContactLogoUseCase replaceLogo;
    private final RemoveContactLogoUseCase removeLogo;

    public WebContentResource(ShowFrontPageUseCase showFrontPage, ReviseFrontPageUseCase reviseFrontPage,
                              ShowFaqUseCase showFaq, ReviseFaqUseCase reviseFaq,
                              ShowDisclosureStatementUseCase showDisclosure,
                              ReviseDisclosureStatementUseCase reviseDisclosure,
                              ShowConsentDeclarationUseCase showConsent, ReviseConsentDeclarationUseCase reviseConsent,
                              ShowContactInformationUseCase showContact, ReviseContactInformationUseCase reviseContact,
                              DescribeContactLogoUseCase describeLogo, ReplaceContactLogoUseCase replaceLogo,
                              RemoveContactLogoUseCase removeLogo) {
        this.showFrontPage = showFrontPage;
        this.reviseFrontPage = reviseFrontPage;
        this.showFaq = showFaq;
        this.reviseFaq = reviseFaq;
        this.showDisclosure = showDisclosure;
        this.reviseDisclosure = reviseDisclosure;
        this.showConsent = showConsent;
        this.reviseConsent = reviseConsent;
        this.showContact = showContact;
        this.reviseContact = reviseContact;
        this.describeLogo = describeLogo;
        this.replaceLogo = replaceLogo;
        this.removeLogo = removeLogo;
    }

    @GET
    @Path("front-page")
    public FrontPageResponse frontPage() {
        return FrontPageResponse.from(showFrontPage.showFrontPage());
    }

    @PUT
    @Path("front-page")
    public FrontPageResponse reviseFrontPage(@Valid @NotNull FrontPageRequest r) {
        return FrontPageResponse.from(Optional.of(reviseFrontPage.reviseFrontPage(
                new ReviseFrontPageCommand(r.title(), r.content(), r.version()))));
    }

    @GET
    @Path("faq")
    public FaqResponse faq() {
        return FaqResponse.from(showFaq.showFaq());
    }

    @PUT
    @Path("faq")
    public FaqResponse reviseFaq(@Valid @NotNull FaqRequest r) {
        return FaqResponse.from(Optional.of(reviseFaq.reviseFaq(new ReviseFaqCommand(r.content(), r.active(),
                r.version()))));
    }

    @GET
    @Path("disclosure-statement")
    public DisclosureStatementResponse disclosureStatement() {
        return DisclosureStatementResponse.from(showDisclosure.showDisclosureStatement());
    }

    @PUT
    @Path("disclosure-statement")
    public DisclosureStatementResponse reviseDisclosureStatement(@Valid @NotNull DisclosureStatementRequest r) {
        return DisclosureStatementResponse.from(Optional.of(reviseDisclosure.reviseDisclosureStatement(
                new ReviseDisclosureStatementCommand(r.content(), r.version()))));
    }

    @GET
    @Path("consent-declaration")
    public ConsentDeclarationResponse consentDeclaration() {
        return ConsentDeclarationResponse.from(showConsent.showConsentDeclaration());
    }

    @PUT
    @Path("consent-declaration")
    public ConsentDeclarationResponse reviseConsentDeclaration(@Valid @NotNull ConsentDeclarationRequest r) {
        return ConsentDeclarationResponse.from(Optional.of(reviseConsent.reviseConsentDeclaration(
                new ReviseConsentDeclarationCommand(r.text(), r.active(), r.version()))));
    }

    @GET
    @Path("contact-information")
    public ContactInformationResponse contactInformation() {
        return ContactInformationResponse.from(showContact.showContactInformation(),
                describeLogo.describeContactLogo());
    }

    @PUT
    @Path("contact-information")
    public ContactInformationResponse reviseContactInformation(@Valid @NotNull ContactInformationRequest r) {
        var saved = reviseContact.reviseContactInformation(new ReviseContactInformationCommand(r.municipalityName(),
                r.department(), r.address(), r.postalCode(), r.city(), r.phone(), r.email(), r.digitalPostUrl(),
                r.version()));
        return ContactInformationResponse.from(Optional.of(saved), describeLogo.describeContactLogo());
    }

    /**
     * Uploads the SVG logo (form field {@code file}), replacing the previous one. The content decides: not SVG → 415
     * {@code logo.not_svg}; anything that could run script or load from elsewhere → 422 {@code logo.unsafe}; over
     * 1 MB → 413 {@code logo.too_large}.
     */
    @PUT
    @Path("contact-information/logo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public LogoResponse replaceLogo(@RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidValueException("file", "file.required", "Choose a file to upload");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LogoResponse.from(replaceLogo.replaceContactLogo(
                new ReplaceContactLogoCommand(file.fileName(), content)));
    }

    @DELETE
    @Path("contact-information/logo")
    public Response removeLogo() {
        removeLogo.removeContactLogo();
        return Response.noContent().build();
    }
}
