package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.shared.NotFoundException;

/** The election office has not written its contact information yet. */
public class ContactInformationNotFoundException extends NotFoundException {
    public ContactInformationNotFoundException() {
        super("contact_information.not_found", "The contact information has not been written yet");
    }
}
