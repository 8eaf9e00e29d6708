package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.FrontPage;
import dk.valghalla.domain.webcontent.Versioned;

import java.util.Optional;

/** The participant site's front page, if the election office has written it. */
public interface ShowFrontPageUseCase {
    Optional<Versioned<FrontPage>> showFrontPage();
}
