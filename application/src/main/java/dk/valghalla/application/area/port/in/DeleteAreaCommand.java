package dk.valghalla.application.area.port.in;

import dk.valghalla.domain.area.AreaId;

public record DeleteAreaCommand(AreaId id) {
}
