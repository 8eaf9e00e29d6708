package dk.valghalla.application.webcontent.port.out;

import dk.valghalla.domain.webcontent.SvgMarkup;

/**
 * Reads SVG text as XML, safely: no DTD is processed and no entity or other external resource is ever loaded. The
 * judgement (what is allowed) stays in the domain ({@code SvgLogo}).
 */
public interface SvgReader {
    /** @throws dk.valghalla.domain.webcontent.LogoNotSvgException if the text is not well-formed XML */
    SvgMarkup read(String svgText);
}
