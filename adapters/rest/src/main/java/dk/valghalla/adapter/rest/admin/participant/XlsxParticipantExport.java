package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.application.participant.port.in.ParticipantExportColumn;
import dk.valghalla.application.participant.port.in.ParticipantExportSink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes an export as an Excel workbook with fastexcel, which writes the zipped sheet as it goes: rows are flushed
 * to the response every {@value #FLUSH_EVERY} rows, and text goes in as inline strings (no shared-string table that
 * would grow with the rows). Dates are date cells, ages numbers, the rest text. A "Ja" in the protected-address
 * column is red and bold; the header row is frozen and filterable.
 */
final class XlsxParticipantExport implements ParticipantExportSink {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FLUSH_EVERY = 500;
    private static final String PROTECTED_COLOR = "C00000";
    private static final String PROTECTED_FILL = "FDE2E2";

    private final Workbook workbook;
    private Worksheet sheet;
    private List<ParticipantExportColumn> columns;
    private int row;

    XlsxParticipantExport(OutputStream out) {
        this.workbook = new Workbook(out, "Valghalla", "1.0");
    }

    @Override
    public String format() {
        return "XLSX";
    }

    @Override
    public void start(List<ParticipantExportColumn> columns) {
        this.columns = columns;
        sheet = workbook.newWorksheet("Deltagere");
        for (int c = 0; c < columns.size(); c++) {
            sheet.inlineString(0, c, ExportLabels.header(columns.get(c)));
            sheet.style(0, c).bold().set();
            sheet.width(c, width(columns.get(c)));
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, columns.size() - 1);
        row = 1;
    }

    @Override
    public void row(List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            cell(c, columns.get(c), values.get(c));
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void cell(int c, ParticipantExportColumn column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            sheet.value(row, c, date);
            sheet.style(row, c).format("dd-mm-yyyy").set();
        } else if (value instanceof Integer number) {
            sheet.value(row, c, number);
        } else {
            sheet.inlineString(row, c, ExportLabels.text(column, value));
            if (column == ParticipantExportColumn.PROTECTED_ADDRESS && Boolean.TRUE.equals(value)) {
                sheet.style(row, c).bold().fontColor(PROTECTED_COLOR).fillColor(PROTECTED_FILL).set();
            }
        }
    }

    @Override
    public void finish() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double width(ParticipantExportColumn column) {
        return switch (column) {
            case NAME, ADDRESS, EMAIL, TEAMS, ELIGIBILITY -> 30;
            case SPECIAL_DIETS, CITY, CPR_FETCHED_AT -> 18;
            default -> 14;
        };
    }
}
