package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.shared.NotFoundException;

import java.util.Locale;

/** A page that can be switched off (FAQ, declaration of consent) is off: for the public it does not exist. */
public class WebPageNotActiveException extends NotFoundException {
    public WebPageNotActiveException(WebPageKind kind) {
        super(kind.name().toLowerCase(Locale.ROOT) + ".not_active", "The page " + kind + " is switched off");
    }
}
