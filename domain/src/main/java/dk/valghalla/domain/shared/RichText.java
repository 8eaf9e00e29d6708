package dk.valghalla.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Formatted text (HTML) typed by an admin and shown to participants, e.g. a task type's description. It is built only
 * from the output of a sanitizer (the application's {@code RichTextSanitizer} port), never from what a browser sent.
 * As a second line of defence the value itself refuses markup that can run script (script/style/iframe/object/embed
 * elements, {@code on*} event handlers, {@code style} attributes, {@code javascript:}/{@code data:} URLs), so even a
 * faulty sanitizer or a tampered database row cannot put a script in front of a participant.
 */
public final class RichText {
    public static final int MAX_LENGTH = 50_000;
    public static final RichText EMPTY = new RichText("");

    private static final Pattern UNSAFE = Pattern.compile(
            "<\\s*/?\\s*(script|style|iframe|object|embed|svg|math|form|input|base|meta|link)\\b"
                    + "|\\son[a-z]+\\s*="
                    + "|\\sstyle\\s*="
                    + "|(href|src|action)\\s*=\\s*[\"']?\\s*(javascript|data|vbscript):",
            Pattern.CASE_INSENSITIVE);

    private final String html;

    private RichText(String html) {
        this.html = html;
    }

    /** @param sanitizedHtml the output of a sanitizer; refused if it still holds anything that could run script */
    public static RichText fromSanitizedHtml(String sanitizedHtml) {
        if (sanitizedHtml == null || sanitizedHtml.isBlank()) {
            return EMPTY;
        }
        String html = sanitizedHtml.strip();
        if (html.length() > MAX_LENGTH) {
            throw new InvalidValueException("description", "text.too_long",
                    "The formatted text is longer than " + MAX_LENGTH + " characters");
        }
        if (UNSAFE.matcher(html).find()) {
            throw new InvalidValueException("description", "rich_text.unsafe", "The formatted text is not sanitized");
        }
        return new RichText(html);
    }

    public String html() {
        return html;
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RichText other && html.equals(other.html);
    }

    @Override
    public int hashCode() {
        return Objects.hash(html);
    }

    @Override
    public String toString() {
        return html;
    }
}
