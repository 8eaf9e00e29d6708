package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.file.StoredFile;

import java.util.Optional;

/** What is known about the logo without its content (name, size, hash), if there is one. */
public interface DescribeContactLogoUseCase {
    Optional<StoredFile> describeContactLogo();
}
