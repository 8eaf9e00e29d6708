package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.file.UnsupportedFileTypeException;

/** The uploaded logo is not an SVG image: not UTF-8 text, not well-formed XML, or not an {@code <svg>} document. */
public class LogoNotSvgException extends UnsupportedFileTypeException {
    public LogoNotSvgException(String why) {
        super("logo.not_svg", "The logo must be an SVG image: " + why);
    }
}
