package dk.valghalla.application.area.port.in;

import dk.valghalla.domain.area.AreaId;

/** @param confirmed the person has seen the consequences ({@link PreviewAreaDeletionUseCase}) and confirms them */
public record DeleteAreaCommand(AreaId id, boolean confirmed) {
}
