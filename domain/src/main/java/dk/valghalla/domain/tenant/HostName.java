package dk.valghalla.domain.tenant;

import dk.valghalla.domain.shared.InvalidValueException;

import java.util.Locale;
import java.util.regex.Pattern;

/** A host name under which a tenant is served, e.g. {@code valg.aarhus.dk}; compared without case and port. */
public record HostName(String value) {
    private static final Pattern LABELS =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    public HostName {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.endsWith(".")) {
            v = v.substring(0, v.length() - 1);
        }
        if (!LABELS.matcher(v).matches()) {
            throw new InvalidValueException("hosts", "tenant.host_invalid", "Not a valid host name: " + value);
        }
        value = v;
    }

    /** Parses an HTTP {@code Host} header value: strips the port. Returns null for a missing or malformed header. */
    public static HostName fromHostHeader(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        if (h.startsWith("[")) {
            return null; // IPv6 literals are never tenant hosts
        }
        int colon = h.indexOf(':');
        if (colon >= 0) {
            h = h.substring(0, colon);
        }
        try {
            return new HostName(h);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
