package dk.valghalla.adapter.persistence.shared;

import java.util.Locale;

/** Builds SQL LIKE patterns from text typed by people (use with {@code escape '\'}). */
public final class LikePatterns {
    private LikePatterns() {
    }

    /** {@code %text%} in lower case, with the wildcard characters of the text escaped. */
    public static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
