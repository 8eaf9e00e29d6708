package dk.valghalla.application.worklocation.port.in;

import dk.valghalla.application.shared.Page;
import dk.valghalla.domain.worklocation.WorkLocation;

public interface ListWorkLocationsUseCase {
    /** The locations whose title, postal code or city contains the text, in Danish alphabetical order of titles. */
    Page<WorkLocation> listWorkLocations(ListWorkLocationsQuery query);
}
