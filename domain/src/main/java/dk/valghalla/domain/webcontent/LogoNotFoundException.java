package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.shared.NotFoundException;

/** The municipality has no logo. */
public class LogoNotFoundException extends NotFoundException {
    public LogoNotFoundException() {
        super("logo.not_found", "No logo has been uploaded");
    }
}
