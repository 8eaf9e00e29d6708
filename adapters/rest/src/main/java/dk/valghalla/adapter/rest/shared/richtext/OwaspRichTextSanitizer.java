package dk.valghalla.adapter.rest.shared.richtext;

import dk.valghalla.application.shared.port.out.RichTextSanitizer;
import dk.valghalla.domain.shared.RichText;
import jakarta.enterprise.context.ApplicationScoped;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich-text allowlist, enforced with the OWASP Java HTML Sanitizer: p, br, strong, em, u, ul, ol, li, h2–h4,
 * blockquote, and a[href] with http, https or mailto only, always with {@code rel="noopener noreferrer"}. Everything
 * else, including event handlers, style attributes and elements, scripts and other URL schemes, is removed; the text
 * inside removed formatting is kept. See ADR 0013.
 */
@ApplicationScoped
public class OwaspRichTextSanitizer implements RichTextSanitizer {
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "u", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "a")
            .allowElements((name, attrs) -> "strong", "b")
            .allowElements((name, attrs) -> "em", "i")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    @Override
    public RichText sanitize(String untrustedHtml) {
        if (untrustedHtml == null || untrustedHtml.isBlank()) {
            return RichText.EMPTY;
        }
        return RichText.fromSanitizedHtml(POLICY.sanitize(untrustedHtml));
    }
}
