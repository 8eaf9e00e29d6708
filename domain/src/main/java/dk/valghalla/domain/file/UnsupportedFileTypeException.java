package dk.valghalla.domain.file;

import dk.valghalla.domain.shared.DomainException;

/**
 * The uploaded content is not of the kind accepted here (judged by its content, not by its name or declared type).
 * Every subclass is answered with 415.
 */
public abstract class UnsupportedFileTypeException extends DomainException {
    protected UnsupportedFileTypeException(String code, String message) {
        super(code, message);
    }
}
