package dk.valghalla.domain.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish personal identification number (CPR). Its {@link #toString()} is masked so that it can never end up in
 * clear in a log line or an exception message by accident; {@link #value()} gives the digits where they are needed.
 */
public final class CprNumber {
    private static final Pattern FORMAT = Pattern.compile("(\\d{6})-?(\\d{4})");
    /** Ten digits (optionally ddmmyy-xxxx) not embedded in a longer run of digits. */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\d-])(\\d{6})-?(\\d{4})(?![\\d-]*\\d)");

    private final String digits;

    private CprNumber(String digits) {
        this.digits = digits;
    }

    public static CprNumber of(String text) {
        if (text == null) {
            throw new InvalidValueException("cpr", "cpr.invalid", "CPR number missing");
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidValueException("cpr", "cpr.invalid", "CPR number must be 10 digits");
        }
        String d = m.group(1) + m.group(2);
        if (!hasValidDate(d)) {
            throw new InvalidValueException("cpr", "cpr.invalid", "CPR number has no valid date of birth");
        }
        return new CprNumber(d);
    }

    private static boolean hasValidDate(String d) {
        int day = Integer.parseInt(d.substring(0, 2));
        int month = Integer.parseInt(d.substring(2, 4));
        try {
            // The century follows from digit 7; any year is fine for the date check itself (2000 is a leap year).
            LocalDate.of(2000 + Integer.parseInt(d.substring(4, 6)), month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The ten digits, for the places that need them (register look-ups, encryption). */
    public String value() {
        return digits;
    }

    /** {@code ddmmyy-XXXX}: the date of birth stays readable, the serial number is hidden. */
    public String masked() {
        return digits.substring(0, 6) + "-XXXX";
    }

    /** Replaces everything that looks like a CPR number in a free text by its masked form. */
    public static String maskAll(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return IN_TEXT.matcher(text).replaceAll(m -> m.group(1) + "-XXXX");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CprNumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return masked();
    }
}
