package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.Faq;
import dk.valghalla.domain.webcontent.Versioned;

/** Writes the FAQ page and switches it on or off. */
public interface ReviseFaqUseCase {
    Versioned<Faq> reviseFaq(ReviseFaqCommand command);
}
