package dk.valghalla.application.worklocation.port.in;

import dk.valghalla.domain.worklocation.WorkLocation;

public interface ReviseWorkLocationUseCase {
    WorkLocation reviseWorkLocation(ReviseWorkLocationCommand command);
}
