package dk.valghalla.domain.file;

import dk.valghalla.domain.shared.DomainException;

/** The uploaded file is larger than allowed. */
public class FileTooLargeException extends DomainException {
    private final long maxBytes;

    public FileTooLargeException(String name, long size, long maxBytes) {
        this("file.too_large", name, size, maxBytes);
    }

    /** For a kind of file with a limit of its own, whose code tells the client which limit applies. */
    protected FileTooLargeException(String code, String name, long size, long maxBytes) {
        super(code, "The file '" + name + "' has " + size + " bytes; at most " + maxBytes + " are allowed");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
