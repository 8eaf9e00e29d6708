package dk.valghalla.adapter.rest.admin.worklocation;

import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocation;

import java.util.List;
import java.util.UUID;

/** A work location; {@code teamIds} and {@code taskTypeIds} sorted, so equal locations give equal answers. */
public record WorkLocationResponse(UUID id, UUID areaId, String title, String address, String postalCode, String city,
                                   Integer votingAreaNumber, List<UUID> teamIds, List<UUID> taskTypeIds,
                                   long version) {
    static WorkLocationResponse from(WorkLocation l) {
        var d = l.details();
        return new WorkLocationResponse(l.id().value(), d.area().value(), d.title(), d.address(), d.postalCode(),
                d.city(), d.votingAreaNumber(), l.teams().stream().map(TeamId::value).sorted().toList(),
                l.taskTypes().stream().map(TaskTypeId::value).sorted().toList(), l.version());
    }
}
