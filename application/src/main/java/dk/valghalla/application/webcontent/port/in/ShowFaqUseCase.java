package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.Faq;
import dk.valghalla.domain.webcontent.Versioned;

import java.util.Optional;

/** The FAQ page with its switch, if written (for the admin). */
public interface ShowFaqUseCase {
    Optional<Versioned<Faq>> showFaq();
}
