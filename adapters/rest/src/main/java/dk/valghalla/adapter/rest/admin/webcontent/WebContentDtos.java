package dk.valghalla.adapter.rest.admin.webcontent;

import dk.valghalla.adapter.rest.publicapi.webcontent.PublicWebContentResource;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.webcontent.ConsentDeclaration;
import dk.valghalla.domain.webcontent.ContactInformation;
import dk.valghalla.domain.webcontent.DisclosureStatement;
import dk.valghalla.domain.webcontent.Faq;
import dk.valghalla.domain.webcontent.FrontPage;
import dk.valghalla.domain.webcontent.Versioned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.Optional;

/**
 * Requests and responses of the admin's web-content API. {@code version} is the version the admin edited (0 for a
 * page never saved); formatted text ({@code content}) is HTML and is sanitized, never refused for its markup. A page
 * not yet written is answered with empty fields and version 0.
 */
public final class WebContentDtos {
    static final int HTML_MAX = 200_000;

    private WebContentDtos() {
    }

    public record FrontPageRequest(@Size(max = 255) String title, @Size(max = HTML_MAX) String content,
                                   @NotNull @PositiveOrZero Long version) {
    }

    public record FrontPageResponse(String title, String content, long version) {
        static FrontPageResponse from(Optional<Versioned<FrontPage>> page) {
            return page.map(v -> new FrontPageResponse(v.value().title(), v.value().content().html(), v.version()))
                    .orElse(new FrontPageResponse("", "", 0));
        }
    }

    public record FaqRequest(@Size(max = HTML_MAX) String content, boolean active,
                             @NotNull @PositiveOrZero Long version) {
    }

    public record FaqResponse(String content, boolean active, long version) {
        static FaqResponse from(Optional<Versioned<Faq>> page) {
            return page.map(v -> new FaqResponse(v.value().content().html(), v.value().active(), v.version()))
                    .orElse(new FaqResponse("", false, 0));
        }
    }

    public record DisclosureStatementRequest(@Size(max = HTML_MAX) String content,
                                             @NotNull @PositiveOrZero Long version) {
    }

    public record DisclosureStatementResponse(String content, long version) {
        static DisclosureStatementResponse from(Optional<Versioned<DisclosureStatement>> page) {
            return page.map(v -> new DisclosureStatementResponse(v.value().content().html(), v.version()))
                    .orElse(new DisclosureStatementResponse("", 0));
        }
    }

    public record ConsentDeclarationRequest(@Size(max = 20_000) String text, boolean active,
                                            @NotNull @PositiveOrZero Long version) {
    }

    public record ConsentDeclarationResponse(String text, boolean active, long version) {
        static ConsentDeclarationResponse from(Optional<Versioned<ConsentDeclaration>> page) {
            return page.map(v -> new ConsentDeclarationResponse(v.value().text(), v.value().active(), v.version()))
                    .orElse(new ConsentDeclarationResponse("", false, 0));
        }
    }

    public record ContactInformationRequest(@Size(max = 255) String municipalityName,
                                            @Size(max = 255) String department, @Size(max = 255) String address,
                                            @Size(max = 10) String postalCode, @Size(max = 255) String city,
                                            @Size(max = 30) String phone, @Size(max = 254) String email,
                                            @Size(max = 2000) String digitalPostUrl,
                                            @NotNull @PositiveOrZero Long version) {
    }

    /** Fields are null until written; {@code logo} is null without a logo. */
    public record ContactInformationResponse(String municipalityName, String department, String address,
                                             String postalCode, String city, String phone, String email,
                                             String digitalPostUrl, LogoResponse logo, long version) {
        static ContactInformationResponse from(Optional<Versioned<ContactInformation>> information,
                                               Optional<StoredFile> logo) {
            LogoResponse logoResponse = logo.map(LogoResponse::from).orElse(null);
            return information.map(v -> {
                ContactInformation c = v.value();
                return new ContactInformationResponse(c.municipalityName(), c.department(), c.address(),
                        c.postalCode(), c.city(), c.phone(), c.email(), c.digitalPostUrl(), logoResponse, v.version());
            }).orElse(new ContactInformationResponse(null, null, null, null, null, null, null, null, logoResponse, 0));
        }
    }

    /** The logo as uploaded; {@code url} is where it is served (public, with its hash: a new logo is fetched). */
    public record LogoResponse(String name, long size, String sha256, String url) {
        static LogoResponse from(StoredFile file) {
            return new LogoResponse(file.name(), file.size(), file.sha256(),
                    PublicWebContentResource.logoUrl(file.sha256()));
        }
    }
}
