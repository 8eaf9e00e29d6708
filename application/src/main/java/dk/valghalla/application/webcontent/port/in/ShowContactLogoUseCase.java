package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.SvgLogo;

/** The logo with its content, checked again ({@code logo.not_found} if there is none). */
public interface ShowContactLogoUseCase {
    SvgLogo showContactLogo();
}
