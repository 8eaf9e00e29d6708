package dk.valghalla.domain.webcontent;

/**
 * A page of the participant site that the election office writes (<i>ekstern hjemmeside</i>). Each kind exists at
 * most once per municipality; until it is written, the site shows its built-in text (or nothing).
 */
public sealed interface WebPage permits FrontPage, Faq, DisclosureStatement, ConsentDeclaration {
    WebPageKind kind();
}
