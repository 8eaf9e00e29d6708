package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.ConsentDeclaration;
import dk.valghalla.domain.webcontent.Versioned;

/** Writes the declaration of consent and switches it on or off. */
public interface ReviseConsentDeclarationUseCase {
    Versioned<ConsentDeclaration> reviseConsentDeclaration(ReviseConsentDeclarationCommand command);
}
