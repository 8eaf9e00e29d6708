package dk.valghalla.adapter.rest.admin.area;

import dk.valghalla.domain.area.Area;

import java.util.UUID;

public record AreaResponse(UUID id, String name, String description, long version) {
    static AreaResponse from(Area area) {
        return new AreaResponse(area.id().value(), area.name(), area.description(), area.version());
    }
}
