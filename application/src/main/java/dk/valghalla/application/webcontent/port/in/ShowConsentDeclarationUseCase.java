package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.ConsentDeclaration;
import dk.valghalla.domain.webcontent.Versioned;

import java.util.Optional;

/** The declaration of consent (samtykkeerklæring) with its switch, if written (for the admin). */
public interface ShowConsentDeclarationUseCase {
    Optional<Versioned<ConsentDeclaration>> showConsentDeclaration();
}
