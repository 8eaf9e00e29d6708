package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.InvalidValueException;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Danish mobile number: eight digits, not starting with 0 or 1. It may be typed with spaces or dashes and with the
 * country code (+45 or 0045), which is left out when it is stored.
 */
public record MobileNumber(String digits) {
    private static final Pattern DANISH = Pattern.compile("[2-9]\\d{7}");

    public MobileNumber {
        if (digits == null || !DANISH.matcher(digits).matches()) {
            throw invalid();
        }
    }

    /** Empty for a blank text; refuses anything that is not a Danish mobile number. */
    public static Optional<MobileNumber> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String compact = text.strip().replaceAll("[\\s\\-]", "");
        if (compact.startsWith("+45")) {
            compact = compact.substring(3);
        } else if (compact.startsWith("0045")) {
            compact = compact.substring(4);
        }
        if (!DANISH.matcher(compact).matches()) {
            throw invalid();
        }
        return Optional.of(new MobileNumber(compact));
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("mobile", "participant.mobile_invalid",
                "A mobile number has eight digits (optionally after +45)");
    }

    @Override
    public String toString() {
        return digits;
    }
}
