package dk.valghalla.application.area.port.in;

import dk.valghalla.domain.area.Area;

public interface CreateAreaUseCase {
    Area createArea(CreateAreaCommand command);
}
