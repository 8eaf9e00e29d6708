package dk.valghalla.adapter.rest.shared.svg;

import dk.valghalla.domain.webcontent.LogoNotSvgException;
import dk.valghalla.domain.webcontent.LogoUnsafeException;
import dk.valghalla.domain.webcontent.SvgAttribute;
import dk.valghalla.domain.webcontent.SvgLogo;
import dk.valghalla.domain.webcontent.SvgMarkup;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real parser together with the domain's rules, on SVG as tools write it and as attackers write it. */
class StaxSvgReaderTest {
    private final StaxSvgReader reader = new StaxSvgReader();

    private SvgLogo upload(String svg) {
        return SvgLogo.upload("logo.svg", svg.getBytes(StandardCharsets.UTF_8), reader::read);
    }

    private static String svg(String inner) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "viewBox=\"0 0 100 100\">" + inner + "</svg>";
    }

    private void assertUnsafe(String svg, String reason) {
        assertThatThrownBy(() -> upload(svg)).as(svg).isInstanceOf(LogoUnsafeException.class)
                .hasFieldOrPropertyWithValue("code", "logo.unsafe").hasMessageContaining(reason);
    }

    @Test
    void readsElementsAttributesAndTextInDocumentOrder() {
        SvgMarkup markup = reader.read("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + svg(
                "<defs><style><![CDATA[.a{fill:url(#g)}]]></style></defs><use xlink:href=\"#a\"/>"));
        assertThat(markup.declaredEncoding()).isEqualTo("UTF-8");
        assertThat(markup.elements()).extracting(e -> e.name()).containsExactly("svg", "defs", "style", "use");
        assertThat(markup.elements().get(0).namespace()).isEqualTo(SvgMarkup.SVG_NAMESPACE);
        assertThat(markup.elements().get(2).text()).isEqualTo(".a{fill:url(#g)}");
        assertThat(markup.elements().get(3).attributes())
                .containsExactly(new SvgAttribute("http://www.w3.org/1999/xlink", "href", "#a"));
    }

    @Test
    void logosAsDesignToolsWriteThemAreAccepted() {
        String inkscape = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                + "<!-- Created with Inkscape (http://www.inkscape.org/) -->\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" "
                + "xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" width=\"120\" height=\"40\">"
                + "<sodipodi:namedview inkscape:zoom=\"1\"/><title>Kommunens logo &amp; våben</title>"
                + "<linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#003\"/></linearGradient>"
                + "<rect width=\"120\" height=\"40\" style=\"fill:url(#g);stroke:none\"/>"
                + "<image width=\"10\" height=\"10\" href=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==\"/>"
                + "<text x=\"5\" y=\"25\">Demo Kommune &#169;</text></svg>";
        SvgLogo logo = upload("\uFEFF" + inkscape);
        assertThat(logo.file().contentType()).isEqualTo("image/svg+xml");
    }

    @Test
    void scriptsEventHandlersAndForeignObjectsAreRefused() {
        assertUnsafe(svg("<script>alert(1)</script>"), "script");
        assertUnsafe(svg("<script xlink:href=\"https://evil.example/x.js\"/>"), "script");
        assertUnsafe("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "event-handler");
        assertUnsafe(svg("<circle r=\"5\" ONMOUSEOVER=\"alert(1)\"/>"), "event-handler");
        assertUnsafe(svg("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>"),
                "foreignObject");
        assertUnsafe(svg("<h:p xmlns:h=\"http://www.w3.org/1999/xhtml\">x</h:p>"), "HTML element");
    }

    @Test
    void javascriptAddressesAreRefusedAlsoWhenEncoded() {
        assertUnsafe(svg("<a href=\"javascript:alert(1)\"><text>x</text></a>"), "javascript:");
        assertUnsafe(svg("<a xlink:href=\"&#106;avascript:alert(1)\"><text>x</text></a>"), "javascript:");
        assertUnsafe(svg("<a href=\"jav&#x09;ascript:alert(1)\"><text>x</text></a>"), "javascript:");
        assertUnsafe(svg("<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)\"/>"),
                "javascript:");
        assertUnsafe(svg("<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a>"),
                "javascript:");
    }

    @Test
    void externalReferencesAreRefused() {
        assertUnsafe(svg("<image href=\"https://evil.example/pixel.png\"/>"), "external reference");
        assertUnsafe(svg("<use xlink:href=\"https://evil.example/sprite.svg#a\"/>"), "external reference");
        assertUnsafe(svg("<rect fill=\"url(https://evil.example/p.svg#x)\"/>"), "external reference");
        assertUnsafe(svg("<style>@import url(https://evil.example/x.css);</style>"), "@import");
        assertUnsafe(svg("<style><![CDATA[rect{fill:url('//evil.example/x')}]]></style>"), "external reference");
        assertUnsafe("<?xml-stylesheet href=\"https://evil.example/x.css\"?>" + svg(""), "xml-stylesheet");
    }

    @Test
    void documentTypeDeclarationsWithEntitiesAreRefusedAndNeverResolved() {
        assertUnsafe("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + svg("<text>&xxe;</text>"), "entity declaration");
        assertUnsafe("<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + svg("<text>&b;</text>"), "entity");
        // The reader alone (without the textual checks) also refuses them, and loads nothing.
        assertThatThrownBy(() -> reader.read("<!DOCTYPE svg [<!ATTLIST svg a CDATA \"b\">]>" + svg("")))
                .isInstanceOf(LogoUnsafeException.class).hasMessageContaining("internal subset");
        assertThatThrownBy(() -> reader.read(svg("<text>&undeclared;</text>")))
                .isInstanceOfAny(LogoUnsafeException.class, LogoNotSvgException.class);
    }

    @Test
    void whatIsNotSvgIsRefusedAsNotSvg() {
        for (String notSvg : new String[] {"just text", "<svg xmlns=\"http://www.w3.org/2000/svg\">", "%PDF-1.4",
                "<html><body>x</body></html>", "<svg><rect/></svg>",
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"}) {
            assertThatThrownBy(() -> upload(notSvg)).as(notSvg).isInstanceOf(LogoNotSvgException.class)
                    .hasFieldOrPropertyWithValue("code", "logo.not_svg");
        }
        byte[] utf16 = svg("").getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", utf16, reader::read)).isInstanceOf(LogoNotSvgException.class);
    }
}
