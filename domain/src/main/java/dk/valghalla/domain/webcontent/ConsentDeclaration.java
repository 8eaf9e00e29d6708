package dk.valghalla.domain.webcontent;

/**
 * The declaration of consent (<i>samtykkeerklæring</i>): plain text a participant accepts with a checkbox when
 * signing up, asked only while the election office has switched it on. It cannot be switched on without a text.
 * Line breaks are kept (as {@code \n}); other control characters are refused.
 */
public record ConsentDeclaration(String text, boolean active) implements WebPage {
    public static final int TEXT_MAX = 10_000;

    public ConsentDeclaration {
        text = WebPages.plainText("text", text, TEXT_MAX);
        if (active && text.isEmpty()) {
            throw WebPages.contentRequiredWhenActive("text");
        }
    }

    @Override
    public WebPageKind kind() {
        return WebPageKind.CONSENT_DECLARATION;
    }
}
