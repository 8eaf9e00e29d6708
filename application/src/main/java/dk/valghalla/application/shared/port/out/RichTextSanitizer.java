package dk.valghalla.application.shared.port.out;

import dk.valghalla.domain.shared.RichText;

/**
 * Turns untrusted HTML (as typed in an editor or sent by any client) into {@link RichText} that holds only a small
 * allowlist of formatting: paragraphs, line breaks, bold/italic/underline, lists, headings h2–h4, block quotes and
 * links to http, https and mailto (opened with {@code rel="noopener"}). Everything else (scripts, event handlers,
 * styles, other URL schemes) is removed, never rejected: the person keeps the text.
 */
public interface RichTextSanitizer {
    RichText sanitize(String untrustedHtml);
}
