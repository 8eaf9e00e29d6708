package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.file.StoredFile;

/** Uploads the municipality's SVG logo (replacing the one before); unsafe SVG is refused. */
public interface ReplaceContactLogoUseCase {
    StoredFile replaceContactLogo(ReplaceContactLogoCommand command);
}
