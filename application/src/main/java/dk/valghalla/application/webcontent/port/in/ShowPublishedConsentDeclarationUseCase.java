package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.ConsentDeclaration;

/** The declaration of consent as the sign-up sees it: only while switched on, else {@code consent_declaration.not_active}. */
public interface ShowPublishedConsentDeclarationUseCase {
    ConsentDeclaration showPublishedConsentDeclaration();
}
