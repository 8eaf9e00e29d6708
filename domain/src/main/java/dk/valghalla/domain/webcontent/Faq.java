package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.shared.RichText;

import java.util.Objects;

/**
 * Frequently asked questions, as formatted text. The election office switches the page on and off; while it is off,
 * the participant site neither links to it nor serves it. An empty page cannot be switched on.
 */
public record Faq(RichText content, boolean active) implements WebPage {
    public Faq {
        content = Objects.requireNonNullElse(content, RichText.EMPTY);
        if (active && content.isEmpty()) {
            throw WebPages.contentRequiredWhenActive("content");
        }
    }

    @Override
    public WebPageKind kind() {
        return WebPageKind.FAQ;
    }
}
