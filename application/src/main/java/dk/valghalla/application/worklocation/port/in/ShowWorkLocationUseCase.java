package dk.valghalla.application.worklocation.port.in;

import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationId;

public interface ShowWorkLocationUseCase {
    WorkLocation showWorkLocation(WorkLocationId id);
}
