package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A participant's CPR number as Valghalla keeps it: never in clear. The CPR vault seals a number into an opaque,
 * encrypted form that only the vault can open (an audited act), and a lookup key that finds the participant by CPR
 * number without opening anything. The masked form ({@code ddmmyy-XXXX}) is what lists and people see.
 *
 * @param masked    {@code ddmmyy-XXXX}
 * @param sealed    the encrypted number, opaque outside the vault
 * @param lookupKey a keyed hash of the number: equal numbers give equal keys within a municipality
 */
public record SealedCpr(String masked, String sealed, String lookupKey) {
    private static final Pattern MASKED = Pattern.compile("\\d{6}-XXXX");

    public SealedCpr {
        Objects.requireNonNull(masked, "masked");
        if (!MASKED.matcher(masked).matches()) {
            throw new InvalidValueException("cpr", "cpr.invalid", "A sealed CPR number shows ddmmyy-XXXX only");
        }
        if (sealed == null || sealed.isBlank() || lookupKey == null || lookupKey.isBlank()) {
            throw new IllegalArgumentException("A sealed CPR number has its sealed form and its lookup key");
        }
    }

    /** The masked form only: neither the sealed form nor the key belongs in a log line. */
    @Override
    public String toString() {
        return masked;
    }
}
