package dk.valghalla.adapter.rest.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFieldsTest {
    @Test
    void fieldsAreQuotedWhenNeededAndFormulasDefused() {
        assertThat(CsvFields.field("Åse Holm")).isEqualTo("Åse Holm");
        assertThat(CsvFields.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvFields.field("sagde \"hej\"")).isEqualTo("\"sagde \"\"hej\"\"\"");
        assertThat(CsvFields.field("linje 1\nlinje 2")).isEqualTo("\"linje 1\nlinje 2\"");
        assertThat(CsvFields.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvFields.field("+45 1234")).isEqualTo("'+45 1234");
        assertThat(CsvFields.field("-1")).isEqualTo("'-1");
        assertThat(CsvFields.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvFields.field("\tx")).isEqualTo("'\tx");
        assertThat(CsvFields.field("")).isEmpty();
    }

    @Test
    void aLineSeparatesTheFieldsWithSemicolonsAndEndsWithCrlf() throws IOException {
        StringWriter out = new StringWriter();
        CsvFields.line(out, List.of("Rådhuset", "a;b", "=1+2"));
        assertThat(out.toString()).isEqualTo("Rådhuset;\"a;b\";'=1+2\r\n");
    }
}
