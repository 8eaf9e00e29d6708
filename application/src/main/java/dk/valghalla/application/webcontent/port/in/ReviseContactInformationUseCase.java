package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.ContactInformation;
import dk.valghalla.domain.webcontent.Versioned;

/** Writes the election office's contact information. */
public interface ReviseContactInformationUseCase {
    Versioned<ContactInformation> reviseContactInformation(ReviseContactInformationCommand command);
}
