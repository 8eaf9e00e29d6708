package dk.valghalla.domain.area;

import dk.valghalla.domain.shared.NotFoundException;

public class AreaNotFoundException extends NotFoundException {
    public AreaNotFoundException(AreaId id) {
        super("area.not_found", "No area " + id);
    }
}
