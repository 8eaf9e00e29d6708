package dk.valghalla.adapter.rest.admin.election;

import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An election; {@code workLocationIds} sorted, so equal elections give equal answers. */
public record ElectionResponse(UUID id, String title, UUID electionTypeId, int lockPeriodDays, LocalDate periodStart,
                               LocalDate periodEnd, LocalDate electionDate, boolean active, List<UUID> workLocationIds,
                               long version) {
    static ElectionResponse from(Election e) {
        return new ElectionResponse(e.id().value(), e.title(), e.type().value(), e.lockPeriodDays(),
                e.period().start(), e.period().end(), e.electionDate(), e.active(),
                e.workLocations().stream().map(WorkLocationId::value).sorted().toList(), e.version());
    }
}
