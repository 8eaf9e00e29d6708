package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.adapter.rest.shared.CsvFields;
import dk.valghalla.application.participant.port.in.ParticipantExportColumn;
import dk.valghalla.application.participant.port.in.ParticipantExportSink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes an export as CSV the way Danish Excel opens it with a double click: UTF-8 with a byte-order mark, {@code ;}
 * between fields, CRLF between records, RFC 4180 quoting. A text cell that a spreadsheet would take for a formula
 * (it starts with {@code = + - @}, a tab or a carriage return) gets a leading {@code '} (OWASP "CSV injection").
 */
final class CsvParticipantExport implements ParticipantExportSink {
    static final String MEDIA_TYPE = CsvFields.MEDIA_TYPE;

    private final Writer out;
    private List<ParticipantExportColumn> columns;

    CsvParticipantExport(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public void start(List<ParticipantExportColumn> columns) {
        this.columns = columns;
        try {
            out.write('\uFEFF');
            record(columns.stream().map(ExportLabels::header).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<Object> values) {
        String[] cells = new String[values.size()];
        for (int i = 0; i < cells.length; i++) {
            String text = ExportLabels.text(columns.get(i), values.get(i));
            cells[i] = text == null ? "" : text;
        }
        try {
            record(Arrays.asList(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void record(List<String> cells) throws IOException {
        CsvFields.line(out, cells);
    }
}
