package dk.valghalla.application.area.port.in;

import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.area.AreaId;

public interface ShowAreaUseCase {
    Area showArea(AreaId id);
}
