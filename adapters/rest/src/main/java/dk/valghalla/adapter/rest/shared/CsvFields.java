package dk.valghalla.adapter.rest.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

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

    /** One record: the fields, defused and quoted, between separators, and CRLF. */
    public static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
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
