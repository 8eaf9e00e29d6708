package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.ContactInformation;
import dk.valghalla.domain.webcontent.Versioned;

import java.util.Optional;

/** The election office's contact information, if written. */
public interface ShowContactInformationUseCase {
    Optional<Versioned<ContactInformation>> showContactInformation();
}
