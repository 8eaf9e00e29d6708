package dk.valghalla.domain.file;

import dk.valghalla.domain.shared.RuleViolationException;

/** The owner (e.g. a task type) already has as many files as allowed. */
public class TooManyFilesException extends RuleViolationException {
    public TooManyFilesException(int max) {
        super("file.too_many", "At most " + max + " files may be attached");
    }
}
