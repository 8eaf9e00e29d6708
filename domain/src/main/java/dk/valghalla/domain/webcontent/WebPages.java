package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.shared.InvalidValueException;

/** Rules shared by the web pages. */
final class WebPages {
    private WebPages() {
    }

    static InvalidValueException contentRequiredWhenActive(String field) {
        return new InvalidValueException(field, "web_page.content_required_when_active",
                "A page without content cannot be switched on");
    }

    /** Multi-line plain text: trimmed, line breaks normalised to \n, no other control characters than \n and \t. */
    static String plainText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (t.length() > max) {
            throw new InvalidValueException(field, "text.too_long", field + " is longer than " + max + " characters");
        }
        if (t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidValueException(field, "text.control_characters", field + " contains control characters");
        }
        return t;
    }
}
