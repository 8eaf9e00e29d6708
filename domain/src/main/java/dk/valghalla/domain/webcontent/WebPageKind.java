package dk.valghalla.domain.webcontent;

/** The pages of the participant site that the election office writes. */
public enum WebPageKind {
    /** <i>Forside</i>: title and text of the participant site's front page. */
    FRONT_PAGE,
    /** Frequently asked questions; shown only while switched on. */
    FAQ,
    /** <i>Oplysningserklæring</i>: how the municipality processes the participant's data (privacy notice). */
    DISCLOSURE_STATEMENT,
    /** <i>Samtykkeerklæring</i>: the consent a participant gives when signing up; asked only while switched on. */
    CONSENT_DECLARATION
}
