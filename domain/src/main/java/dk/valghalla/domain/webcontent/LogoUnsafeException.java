package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.shared.DomainException;

/**
 * The uploaded SVG could run script or load something from outside when a browser opens it (a script element, an
 * event-handler attribute, a {@code javascript:} address, {@code foreignObject}, a DTD with entities, an external
 * reference, ...). It is refused, never repaired: the message names what was found, so the office can export the
 * logo again without it.
 */
public class LogoUnsafeException extends DomainException {
    public LogoUnsafeException(String found) {
        super("logo.unsafe", "The SVG logo is refused because it contains " + found);
    }
}
