package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.shared.RichText;

import java.util.Objects;

/**
 * The disclosure statement (<i>oplysningserklæring</i>): how the municipality processes a participant's personal
 * data, as formatted text. Shown on the participant site's privacy page and in the sign-up wizard.
 */
public record DisclosureStatement(RichText content) implements WebPage {
    public DisclosureStatement {
        content = Objects.requireNonNullElse(content, RichText.EMPTY);
    }

    @Override
    public WebPageKind kind() {
        return WebPageKind.DISCLOSURE_STATEMENT;
    }
}
