package dk.valghalla.domain.tenant;

import dk.valghalla.domain.shared.InvalidValueException;

import java.util.regex.Pattern;

/**
 * A tenant's stable key, e.g. {@code aarhus}: lower-case letters, digits and hyphens. It also names the tenant's
 * database schema, so it is checked strictly.
 */
public record TenantId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public TenantId {
        if (value == null || !FORMAT.matcher(value).matches() || value.endsWith("-")) {
            throw new InvalidValueException("id", "tenant.id_invalid",
                    "A tenant id is 2-40 lower-case letters, digits or hyphens, starting with a letter");
        }
    }

    /** The PostgreSQL schema that holds this tenant's data. */
    public String schemaName() {
        return "tenant_" + value.replace('-', '_');
    }

    @Override
    public String toString() {
        return value;
    }
}
