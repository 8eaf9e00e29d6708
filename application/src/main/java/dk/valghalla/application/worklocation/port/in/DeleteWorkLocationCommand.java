package dk.valghalla.application.worklocation.port.in;

import dk.valghalla.domain.worklocation.WorkLocationId;

public record DeleteWorkLocationCommand(WorkLocationId id, boolean confirmed) {
}
