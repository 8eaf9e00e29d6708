package dk.valghalla.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RichTextTest {
    @Test
    void sanitizedFormattingIsKept() {
        String html = "<h2>Opgaven</h2><p>Mød <strong>kl. 7</strong> &lt;script&gt; on&#61;x</p>"
                + "<a href=\"https://valg.dk\" rel=\"noopener\">Læs mere</a>";
        assertThat(RichText.fromSanitizedHtml(html).html()).isEqualTo(html);
        assertThat(RichText.fromSanitizedHtml("  ")).isEqualTo(RichText.EMPTY);
        assertThat(RichText.fromSanitizedHtml(null).isEmpty()).isTrue();
    }

    @Test
    void anythingThatCouldRunScriptIsRefused() {
        for (String unsafe : new String[] {"<script>alert(1)</script>", "<p onclick=\"x()\">a</p>",
                "<a href=\"javascript:alert(1)\">a</a>", "<p style=\"x\">a</p>", "<IFRAME src=x>", "<svg/onload=x>",
                "<a href='data:text/html,x'>a</a>"}) {
            assertThatThrownBy(() -> RichText.fromSanitizedHtml(unsafe)).as(unsafe)
                    .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code", "rich_text.unsafe");
        }
    }

    @Test
    void theLengthIsLimited() {
        assertThatThrownBy(() -> RichText.fromSanitizedHtml("x".repeat(RichText.MAX_LENGTH + 1)))
                .hasFieldOrPropertyWithValue("code", "text.too_long");
    }
}
