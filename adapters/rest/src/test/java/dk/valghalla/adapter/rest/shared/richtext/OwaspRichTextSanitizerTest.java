package dk.valghalla.adapter.rest.shared.richtext;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwaspRichTextSanitizerTest {
    private final OwaspRichTextSanitizer sanitizer = new OwaspRichTextSanitizer();

    private String clean(String html) {
        return sanitizer.sanitize(html).html();
    }

    @Test
    void theFormattingAllowlistIsKept() {
        assertThat(clean("<h2>Opgaven</h2><p>Mød <strong>kl. 7</strong> og <em>tag</em> <u>ID</u> med.<br></p>"
                + "<ul><li>a</li></ul><ol><li>b</li></ol><blockquote>c</blockquote><h3>d</h3><h4>e</h4>"))
                .isEqualTo("<h2>Opgaven</h2><p>Mød <strong>kl. 7</strong> og <em>tag</em> <u>ID</u> med.<br /></p>"
                        + "<ul><li>a</li></ul><ol><li>b</li></ol><blockquote>c</blockquote><h3>d</h3><h4>e</h4>");
        assertThat(clean("<b>fed</b> <i>kursiv</i>")).isEqualTo("<strong>fed</strong> <em>kursiv</em>");
    }

    @Test
    void linksKeepOnlySafeSchemesAndOpenWithoutOpener() {
        assertThat(clean("<a href=\"https://valg.dk/guide\">guide</a>"))
                .matches("<a href=\"https://valg.dk/guide\" rel=\"(noopener noreferrer|noreferrer noopener)\">guide</a>");
        assertThat(clean("<a href=\"mailto:valg@kommune.dk\">skriv</a>")).contains("href=\"mailto:valg&#64;kommune.dk\"");
        assertThat(clean("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("x");
        assertThat(clean("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>")).isEqualTo("x");
    }

    @Test
    void noScriptGetsThrough() {
        assertThat(clean("<p onclick=\"steal()\" style=\"color:red\">tekst</p><script>alert(1)</script>"))
                .isEqualTo("<p>tekst</p>");
        assertThat(clean("<img src=x onerror=alert(1)><iframe src=\"https://evil\"></iframe><svg onload=x>")).isEmpty();
        assertThat(clean("<style>p{}</style><h1>Stor</h1>")).isEqualTo("Stor");
        assertThat(clean("<p>1 < 2 & \"on=x\"</p>")).doesNotContain("<2").doesNotContain("on=");
        assertThat(sanitizer.sanitize(null).isEmpty()).isTrue();
    }
}
