package dk.valghalla.bootstrap.unit;

import dk.valghalla.bootstrap.CprMaskingLogFilter;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

class CprMaskingLogFilterTest {

    @Test
    void aCprNumberInAFormattedLogLineIsMasked() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "lookup of %s failed", ExtLogRecord.FormatStyle.PRINTF, "x");
        record.setParameters(new Object[]{"010190-1234"});
        assertThat(new CprMaskingLogFilter().isLoggable(record)).isTrue();
        assertThat(record.getFormattedMessage()).isEqualTo("lookup of 010190-XXXX failed");
    }

    @Test
    void otherLinesAreLeftAlone() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "started in {0} ms", ExtLogRecord.FormatStyle.MESSAGE_FORMAT, "x");
        record.setParameters(new Object[]{1234});
        new CprMaskingLogFilter().isLoggable(record);
        assertThat(record.getFormattedMessage()).isEqualTo("started in 1,234 ms");
    }
}
