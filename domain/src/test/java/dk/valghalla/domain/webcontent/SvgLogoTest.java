package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static dk.valghalla.domain.webcontent.SvgMarkup.SVG_NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The logo rules. The XML structure is given as the parser port would report it (the real parser is tested with
 * these rules in the REST adapter, {@code StaxSvgReaderTest}); the textual checks run on the uploaded bytes.
 */
class SvgLogoTest {
    private static final String LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
            + "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"url(#g)\"/></svg>";

    private static SvgElement svg(SvgAttribute... attributes) {
        return new SvgElement(SVG_NAMESPACE, "svg", List.of(attributes), "");
    }

    private static SvgElement element(String name, SvgAttribute... attributes) {
        return new SvgElement(SVG_NAMESPACE, name, List.of(attributes), "");
    }

    private static SvgAttribute attr(String name, String value) {
        return new SvgAttribute("", name, value);
    }

    /** A parser that reports the given structure, whatever the text. */
    private static Function<String, SvgMarkup> parsedAs(SvgElement... elements) {
        return text -> new SvgMarkup(null, List.of(elements), List.of());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertUnsafe(SvgElement... elements) {
        List<SvgElement> all = new ArrayList<>();
        all.add(svg());
        all.addAll(List.of(elements));
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", utf8(LOGO), parsedAs(all.toArray(SvgElement[]::new))))
                .isInstanceOf(LogoUnsafeException.class).hasFieldOrPropertyWithValue("code", "logo.unsafe");
    }

    @Test
    void aPlainSvgIsAcceptedAsIs() {
        SvgLogo logo = SvgLogo.upload("C:\\Logoer\\kommune.svg", utf8(LOGO),
                parsedAs(svg(attr("viewBox", "0 0 10 10")), element("circle", attr("fill", "url(#g)")),
                        element("image", attr("href", "data:image/png;base64,iVBORw0KGgo="))));
        assertThat(logo.file().name()).isEqualTo("kommune.svg");
        assertThat(logo.file().contentType()).isEqualTo("image/svg+xml");
        assertThat(logo.file().size()).isEqualTo(utf8(LOGO).length);
        assertThat(logo.file().sha256()).hasSize(64);
        assertThat(logo.content()).isEqualTo(utf8(LOGO));
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", new byte[0], parsedAs(svg())))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code", "file.empty");
        byte[] big = new byte[SvgLogo.MAX_BYTES + 1];
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", big, parsedAs(svg())))
                .isInstanceOf(LogoTooLargeException.class).hasFieldOrPropertyWithValue("code", "logo.too_large")
                .hasFieldOrPropertyWithValue("maxBytes", (long) SvgLogo.MAX_BYTES);
    }

    @Test
    void whatIsNotAnSvgDocumentIsRefused() {
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", utf8("%PDF-1.4"), text -> {
            throw new LogoNotSvgException("it is not well-formed XML");
        })).isInstanceOf(LogoNotSvgException.class).hasFieldOrPropertyWithValue("code", "logo.not_svg");
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", new byte[] {(byte) 0xFF, (byte) 0xFE, '<', 0},
                parsedAs(svg()))).isInstanceOf(LogoNotSvgException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", utf8("<html/>"),
                parsedAs(new SvgElement("", "html", List.of(), "")))).isInstanceOf(LogoNotSvgException.class);
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", utf8("<svg/>"),
                parsedAs(new SvgElement("", "svg", List.of(), "")))).isInstanceOf(LogoNotSvgException.class)
                .hasMessageContaining("namespace");
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", utf8(LOGO),
                text -> new SvgMarkup("ISO-8859-1", List.of(svg()), List.of())))
                .isInstanceOf(LogoNotSvgException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void scriptsAndWhatCanHostThemAreRefused() {
        assertUnsafe(element("script"));
        assertUnsafe(element("foreignObject"));
        assertUnsafe(element("iframe"));
        assertUnsafe(new SvgElement(SvgLogo.XHTML_NAMESPACE, "div", List.of(), ""));
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg",
                utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), parsedAs(svg())))
                .isInstanceOf(LogoUnsafeException.class).hasMessageContaining("script element");
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<foreignObject><div/></foreignObject></svg>"), parsedAs(svg())))
                .isInstanceOf(LogoUnsafeException.class).hasMessageContaining("foreignObject");
    }

    @Test
    void eventHandlersAreRefused() {
        assertUnsafe(element("circle", attr("onclick", "steal()")));
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", utf8(LOGO), parsedAs(svg(attr("onload", "alert(1)")))))
                .isInstanceOf(LogoUnsafeException.class).hasMessageContaining("onload");
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg",
                utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), parsedAs(svg())))
                .isInstanceOf(LogoUnsafeException.class).hasMessageContaining("event-handler");
    }

    @Test
    void javascriptAddressesAreRefusedHoweverTheyAreWritten() {
        assertUnsafe(element("a", attr("href", "javascript:alert(1)")));
        assertUnsafe(element("a", new SvgAttribute("http://www.w3.org/1999/xlink", "href", " JaVa\tScRiPt:alert(1)")));
        assertUnsafe(element("set", attr("to", "java\nscript:alert(1)")));
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<a href=\"java\nscript:alert(1)\"/></svg>"), parsedAs(svg())))
                .isInstanceOf(LogoUnsafeException.class).hasMessageContaining("javascript:");
    }

    @Test
    void externalReferencesAreRefused() {
        assertUnsafe(element("image", attr("href", "https://evil.example/track.png")));
        assertUnsafe(element("use", attr("href", "other.svg#icon")));
        assertUnsafe(element("image", attr("href", "data:image/svg+xml;base64,PHN2Zz4=")));
        assertUnsafe(element("rect", attr("fill", "url(https://evil.example/p.svg#x)")));
        assertUnsafe(element("rect", attr("style", "fill: url('//evil.example/x')")));
        assertUnsafe(element("set", attr("attributeName", "xlink:href"), attr("to", "https://evil.example/")));
        assertUnsafe(new SvgElement(SVG_NAMESPACE, "style", List.of(), "@import 'https://evil.example/x.css';"));
        assertUnsafe(new SvgElement(SVG_NAMESPACE, "style", List.of(), "rect { fill: \\75 rl(https://x) }"));
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", utf8(LOGO),
                text -> new SvgMarkup(null, List.of(svg()), List.of("xml-stylesheet"))))
                .isInstanceOf(LogoUnsafeException.class).hasMessageContaining("xml-stylesheet");
        SvgLogo.upload("logo.svg", utf8(LOGO), parsedAs(svg(),
                new SvgElement(SVG_NAMESPACE, "style", List.of(), ".a { fill: url(\"#g\") }"),
                element("use", attr("href", "#icon")), element("animate", attr("attributeName", "opacity"))));
    }

    @Test
    void documentTypeDeclarationsWithEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>";
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", utf8(xxe), parsedAs(svg())))
                .isInstanceOf(LogoUnsafeException.class).hasMessageContaining("entity declaration");
        String subset = "<!DOCTYPE svg [ <!ATTLIST svg x CDATA \"y\"> ]><svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        assertThatThrownBy(() -> SvgLogo.upload("logo.svg", utf8(subset), parsedAs(svg())))
                .isInstanceOf(LogoUnsafeException.class).hasMessageContaining("internal subset");
        String publicDoctype = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">" + LOGO;
        assertThat(SvgLogo.upload("logo.svg", utf8(publicDoctype), parsedAs(svg())).file().size()).isPositive();
    }

    @Test
    void aStoredLogoIsCheckedAgain() {
        StoredFile file = new StoredFile(FileId.newId(), "logo.svg", SvgLogo.CONTENT_TYPE, 10, "0".repeat(64));
        assertThat(SvgLogo.stored(file, utf8(LOGO)).content()).isEqualTo(utf8(LOGO));
        assertThatThrownBy(() -> SvgLogo.stored(file, utf8("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>"))).isInstanceOf(LogoUnsafeException.class);
        assertThatThrownBy(() -> SvgLogo.stored(file, new byte[0])).isInstanceOf(LogoUnsafeException.class);
    }
}
