package dk.valghalla.domain.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** Danish sort order: Æ, Ø and Å come after Z, and case differences do not decide before letters do. */
public final class DanishCollation {
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private DanishCollation() {
    }

    public static <T> Comparator<T> comparing(Function<T, String> key) {
        Collator collator = Collator.getInstance(DANISH);
        collator.setStrength(Collator.TERTIARY);
        return Comparator.comparing(key, collator);
    }
}
