package dk.valghalla.application.participant.port.in;

import java.util.List;

/**
 * Receives an export one row at a time, as the rows come from the database: a file writer (CSV, XLSX) in an
 * adapter. The export never holds all rows at once, and neither should the sink.
 *
 * <p>A sink whose receiver went away (the download was cancelled) throws {@link java.io.UncheckedIOException}; the
 * export then stops and is audited as interrupted.
 */
public interface ParticipantExportSink {
    /** The format's name for the audit log, e.g. "CSV". */
    String format();

    /** Before the first row: the columns, in order. */
    void start(List<ParticipantExportColumn> columns);

    /** One participant: a value per column, in the order of {@link #start}; see {@link ParticipantExportColumn}. */
    void row(List<Object> values);

    /** After the last row. */
    void finish();
}
