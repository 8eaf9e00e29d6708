package dk.valghalla.application.worklocation.port.in;

import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.area.AreaId;

/** A free-text search (blank = everything) over the work locations, optionally of one area only. */
public record ListWorkLocationsQuery(String text, AreaId area, PageRequest page) {
    public ListWorkLocationsQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
