package dk.valghalla.application.area.port.in;

import dk.valghalla.domain.area.Area;

import java.util.List;

public interface ListAreasUseCase {
    /** All areas of the municipality in Danish alphabetical order. */
    List<Area> listAreas();
}
