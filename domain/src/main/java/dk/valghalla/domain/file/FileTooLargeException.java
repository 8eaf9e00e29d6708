package dk.valghalla.domain.file;

import dk.valghalla.domain.shared.DomainException;

/** The uploaded file is larger than allowed. */
public class FileTooLargeException extends DomainException {
    private final long maxBytes;

    public FileTooLargeException(String name, long size, long maxBytes) {
        super("file.too_large", "The file '" + name + "' has " + size + " bytes; at most " + maxBytes + " are allowed");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
