package dk.valghalla.application.worklocation.port.in;

import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.util.Set;

public record ReviseWorkLocationCommand(WorkLocationId id, AreaId area, String title, String address,
                                        String postalCode, String city, Integer votingAreaNumber, Set<TeamId> teams,
                                        Set<TaskTypeId> taskTypes,
                                        long expectedVersion) {
}
