package dk.valghalla.application.webcontent.port.in;

/**
 * What the participant site's frame needs on every page.
 *
 * @param faqActive                  the FAQ page is switched on (link shown, page served)
 * @param consentDeclarationActive   the sign-up asks for consent
 * @param anyActiveElection          at least one election is active (else the front page says "Ingen aktive valg")
 * @param contactInformationWritten  the contact page has content
 * @param logoSha256                 the logo's hash (to address the current version), or null without a logo
 */
public record SiteContext(boolean faqActive, boolean consentDeclarationActive, boolean anyActiveElection,
                          boolean contactInformationWritten, String logoSha256) {
}
