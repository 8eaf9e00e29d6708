package dk.valghalla.application.fakes;

import dk.valghalla.application.shared.port.out.RichTextSanitizer;
import dk.valghalla.domain.shared.RichText;

import java.util.regex.Pattern;

/** A crude stand-in for the real sanitizer: drops script elements and event-handler attributes. */
public class FakeRichTextSanitizer implements RichTextSanitizer {
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script.*?</script>");
    private static final Pattern HANDLER = Pattern.compile("(?i)\\s+on[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");

    @Override
    public RichText sanitize(String untrustedHtml) {
        if (untrustedHtml == null) {
            return RichText.EMPTY;
        }
        return RichText.fromSanitizedHtml(HANDLER.matcher(SCRIPT.matcher(untrustedHtml).replaceAll("")).replaceAll(""));
    }
}
