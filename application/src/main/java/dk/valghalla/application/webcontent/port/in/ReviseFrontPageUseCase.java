package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.FrontPage;
import dk.valghalla.domain.webcontent.Versioned;

/** Writes the front page (title and formatted text, which is sanitized). */
public interface ReviseFrontPageUseCase {
    Versioned<FrontPage> reviseFrontPage(ReviseFrontPageCommand command);
}
