package dk.valghalla.domain.shared;

/** Small helpers for free-text fields typed by people. */
public final class Texts {
    private Texts() {
    }

    /** Trims, turns blank into null and refuses texts longer than {@code max} characters. */
    public static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new InvalidValueException(field, "text.too_long", field + " is longer than " + max + " characters");
        }
        return t;
    }

    /** Trims and refuses empty, too long or control-character texts. */
    public static String required(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "text.required", field + " is required");
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new InvalidValueException(field, "text.too_long", field + " is longer than " + max + " characters");
        }
        if (t.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, "text.control_characters", field + " contains control characters");
        }
        return t;
    }
}
