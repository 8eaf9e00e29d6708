package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.shared.RichText;
import dk.valghalla.domain.shared.Texts;

import java.util.Objects;

/** The participant site's front page (<i>forside</i>): a title (required) and formatted text. */
public record FrontPage(String title, RichText content) implements WebPage {
    public static final int TITLE_MAX = 255;

    public FrontPage {
        title = Texts.required("title", title, TITLE_MAX);
        content = Objects.requireNonNullElse(content, RichText.EMPTY);
    }

    @Override
    public WebPageKind kind() {
        return WebPageKind.FRONT_PAGE;
    }
}
