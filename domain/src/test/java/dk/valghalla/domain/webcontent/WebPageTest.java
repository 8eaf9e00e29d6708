package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.shared.RichText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebPageTest {
    private static final RichText TEXT = RichText.fromSanitizedHtml("<p>Velkommen</p>");

    @Test
    void theFrontPageNeedsATitle() {
        FrontPage page = new FrontPage("  Bliv tilforordnet  ", null);
        assertThat(page.title()).isEqualTo("Bliv tilforordnet");
        assertThat(page.content()).isEqualTo(RichText.EMPTY);
        assertThat(page.kind()).isEqualTo(WebPageKind.FRONT_PAGE);
        assertThatThrownBy(() -> new FrontPage(" ", TEXT)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "title").hasFieldOrPropertyWithValue("code", "text.required");
        assertThatThrownBy(() -> new FrontPage("x".repeat(256), TEXT))
                .hasFieldOrPropertyWithValue("code", "text.too_long");
    }

    @Test
    void anEmptyFaqCannotBeSwitchedOn() {
        assertThat(new Faq(TEXT, true).active()).isTrue();
        assertThat(new Faq(null, false).content().isEmpty()).isTrue();
        assertThatThrownBy(() -> new Faq(RichText.EMPTY, true)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "content")
                .hasFieldOrPropertyWithValue("code", "web_page.content_required_when_active");
    }

    @Test
    void theConsentDeclarationIsPlainMultiLineTextAndCannotBeOnWithoutText() {
        ConsentDeclaration consent = new ConsentDeclaration("  Jeg giver samtykke.\r\n\r\nTil:\tkommunen ", true);
        assertThat(consent.text()).isEqualTo("Jeg giver samtykke.\n\nTil:\tkommunen");
        assertThat(new ConsentDeclaration(null, false).text()).isEmpty();
        assertThatThrownBy(() -> new ConsentDeclaration("   ", true)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "text")
                .hasFieldOrPropertyWithValue("code", "web_page.content_required_when_active");
        assertThatThrownBy(() -> new ConsentDeclaration("bell\u0007", false))
                .hasFieldOrPropertyWithValue("code", "text.control_characters");
        assertThatThrownBy(() -> new ConsentDeclaration("x".repeat(ConsentDeclaration.TEXT_MAX + 1), false))
                .hasFieldOrPropertyWithValue("code", "text.too_long");
    }

    @Test
    void theDisclosureStatementMayBeEmpty() {
        assertThat(new DisclosureStatement(null).content()).isEqualTo(RichText.EMPTY);
        assertThat(new DisclosureStatement(TEXT).kind()).isEqualTo(WebPageKind.DISCLOSURE_STATEMENT);
    }

    @Test
    void aStoredValueHasAPositiveVersion() {
        assertThat(new Versioned<>("x", 1).map(String::length)).isEqualTo(new Versioned<>(1, 1));
        assertThatThrownBy(() -> new Versioned<>("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSwitchedOffPageIsNotFoundForThePublic() {
        assertThat(new WebPageNotActiveException(WebPageKind.FAQ).code()).isEqualTo("faq.not_active");
        assertThat(new WebPageNotActiveException(WebPageKind.CONSENT_DECLARATION).code())
                .isEqualTo("consent_declaration.not_active");
    }
}
