package dk.valghalla.domain.worklocation;

import dk.valghalla.domain.shared.NotFoundException;

public class WorkLocationNotFoundException extends NotFoundException {
    public WorkLocationNotFoundException(WorkLocationId id) {
        super("work_location.not_found", "No work location " + id);
    }
}
