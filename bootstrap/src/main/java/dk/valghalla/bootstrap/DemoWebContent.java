package dk.valghalla.bootstrap;

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
import dk.valghalla.application.webcontent.port.in.ShowFrontPageUseCase;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;

/**
 * The demo municipalities' participant site (local run only): front page, FAQ, disclosure statement, declaration of
 * consent, contact information and a logo. Written once, when the front page is still empty; run inside the
 * municipality ({@code TenantWork}).
 */
@ApplicationScoped
public class DemoWebContent {
    private final ShowFrontPageUseCase showFrontPage;
    private final ReviseFrontPageUseCase frontPage;
    private final ReviseFaqUseCase faq;
    private final ReviseDisclosureStatementUseCase disclosure;
    private final ReviseConsentDeclarationUseCase consent;
    private final ReviseContactInformationUseCase contact;
    private final ReplaceContactLogoUseCase logo;

    public DemoWebContent(ShowFrontPageUseCase showFrontPage, ReviseFrontPageUseCase frontPage, ReviseFaqUseCase faq,
                          ReviseDisclosureStatementUseCase disclosure, ReviseConsentDeclarationUseCase consent,
                          ReviseContactInformationUseCase contact, ReplaceContactLogoUseCase logo) {
        this.showFrontPage = showFrontPage;
        this.frontPage = frontPage;
        this.faq = faq;
        this.disclosure = disclosure;
        this.consent = consent;
        this.contact = contact;
        this.logo = logo;
    }

    /** Demo Kommune has a FAQ (switched on), Nabo Kommune shows the site without one. */
    void seed(String municipality, DemoMunicipalities.WebSite site) {
        if (showFrontPage.showFrontPage().isPresent()) {
            return;
        }
        frontPage.reviseFrontPage(new ReviseFrontPageCommand("Bliv tilforordnet ved valget",
                "<p>" + municipality + " søger tilforordnede til de kommende valg og folkeafstemninger. Som "
                        + "tilforordnet hjælper du vælgerne på valgdagen og tæller stemmerne op, når valgstederne "
                        + "lukker.</p><p>Log ind med MitID for at se dine opgaver, eller brug det link, du har fået "
                        + "fra dit parti eller din forening.</p>", 0));
        if (site.faq()) {
            faq.reviseFaq(new ReviseFaqCommand("<h2>Hvornår skal jeg møde?</h2><p>Typisk kl. 7.30 på valgdagen. "
                    + "Det præcise tidspunkt står i din opgave.</p><h2>Får jeg betaling?</h2><p>Ja, du får diæter "
                    + "eller honorar efter kommunens satser.</p><h2>Hvad skal jeg medbringe?</h2><p>Dit sundhedskort "
                    + "og godt humør. Vi sørger for forplejning.</p>", true, 0));
        }
        disclosure.reviseDisclosureStatement(new ReviseDisclosureStatementCommand("<h2>Dine oplysninger</h2><p>"
                + municipality + " er dataansvarlig for de oplysninger, du giver, når du tilmelder dig som "
                + "tilforordnet. Vi bruger dem kun til at planlægge og afvikle valget og til at udbetale diæter.</p>"
                + "<p>Oplysningerne slettes, når de ikke længere er nødvendige. Du kan altid bede om at se eller få "
                + "rettet dine oplysninger.</p>", 0));
        consent.reviseConsentDeclaration(new ReviseConsentDeclarationCommand("Jeg giver samtykke til, at "
                + municipality + " gemmer mine kontaktoplysninger efter valget, så jeg kan blive kontaktet ved "
                + "kommende valg.\n\nJeg kan til enhver tid trække mit samtykke tilbage.", false, 0));
        contact.reviseContactInformation(new ReviseContactInformationCommand(municipality, "Valgsekretariatet",
                "Rådhuspladsen 1", site.postalCode(), site.city(), "70 10 18 18", site.email(),
                "https://post.borger.dk/", 0));
        logo.replaceContactLogo(new ReplaceContactLogoCommand("logo.svg", logoOf(municipality, site.colour())));
    }

    private static byte[] logoOf(String municipality, String colour) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 48\" width=\"200\" height=\"48\">"
                + "<title>" + municipality + "</title>"
                + "<path d=\"M4 4h32v22c0 10-8 16-16 18C12 42 4 36 4 26z\" fill=\"" + colour + "\"/>"
                + "<path d=\"M12 14h16M12 22h16M20 10v24\" stroke=\"#fff\" stroke-width=\"3\"/>"
                + "<text x=\"46\" y=\"31\" font-family=\"sans-serif\" font-size=\"18\" fill=\"" + colour + "\">"
                + municipality + "</text></svg>").getBytes(StandardCharsets.UTF_8);
    }
}
