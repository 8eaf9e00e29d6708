package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.InvalidValueException;

import java.util.Optional;
import java.util.regex.Pattern;

/** An e-mail address as people type them: one {@code @}, a dotted domain, no spaces, at most 254 characters. */
public record EmailAddress(String value) {
    public static final int MAX = 254;
    private static final Pattern FORMAT =
            Pattern.compile("[^\\s@\"<>(),;:\\\\\\[\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    public EmailAddress {
        if (value == null || value.length() > MAX || !FORMAT.matcher(value).matches()
                || value.chars().anyMatch(Character::isISOControl) || value.substring(0, value.indexOf('@')).length() > 64) {
            throw new InvalidValueException("email", "participant.email_invalid", "Not a valid e-mail address");
        }
    }

    /** Empty for a blank text; refuses anything that is not an e-mail address. */
    public static Optional<EmailAddress> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(text.strip()));
    }

    @Override
    public String toString() {
        return value;
    }
}
