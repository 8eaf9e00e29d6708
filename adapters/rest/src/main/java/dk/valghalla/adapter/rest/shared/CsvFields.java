package dk.valghalla.adapter.rest.shared;

/**
 * CSV fields the way Danish Excel opens them: {@code ;} between fields, RFC 4180 quoting, and a text that a
 * spreadsheet would take for a formula (it starts with {@code = + - @}, a tab or a carriage return) gets a leading
 * {@code '} (OWASP "CSV injection").
 */
public final class CsvFields {
    public static final char SEPARATOR = ';';
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private CsvFields() {
    }

    /** One field: defused against formulas, quoted when it holds a separator, a quote or a line break. */
    public static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.indexOf(',') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
