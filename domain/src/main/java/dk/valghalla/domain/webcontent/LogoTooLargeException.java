package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.file.FileTooLargeException;

/** The uploaded logo is larger than {@link SvgLogo#MAX_BYTES}. */
public class LogoTooLargeException extends FileTooLargeException {
    public LogoTooLargeException(String name, long size) {
        super("logo.too_large", name, size, SvgLogo.MAX_BYTES);
    }
}
