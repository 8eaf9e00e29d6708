package dk.valghalla.bootstrap;

import dk.valghalla.domain.shared.CprNumber;
import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * The last line of defence: every log line is written with CPR numbers masked ({@code ddmmyy-XXXX}), whatever code
 * logged it. {@link CprNumber} already prints itself masked; this catches raw strings (request paths, third-party
 * messages).
 */
@LoggingFilter(name = "cpr-mask")
public final class CprMaskingLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String formatted = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        String masked = CprNumber.maskAll(formatted);
        if (masked != null && !masked.equals(formatted)) {
            record.setMessage(masked);
            record.setParameters(null);
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
            }
        }
        return true;
    }
}
