package dk.valghalla.application.area.port.in;

import dk.valghalla.domain.area.AreaId;

/** Renames and/or re-describes an area; {@code expectedVersion} is the version the user edited. */
public record DescribeAreaCommand(AreaId id, String name, String description, long expectedVersion) {
}
