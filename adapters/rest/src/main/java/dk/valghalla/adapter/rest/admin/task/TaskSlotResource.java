package dk.valghalla.adapter.rest.admin.task;

import dk.valghalla.adapter.rest.admin.task.TaskDtos.DistributeRequest;
import dk.valghalla.adapter.rest.admin.task.TaskDtos.SlotResponse;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.task.port.in.DistributeTasksCommand;
import dk.valghalla.application.task.port.in.DistributeTasksUseCase;
import dk.valghalla.application.task.port.in.ListTaskSlotsUseCase;
import dk.valghalla.application.task.port.in.TaskSlotFilter;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.task.TaskSlot;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocationId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The slots of an election with their counters, and distribution: {@code PUT} sets how many seats a slot (work
 * location, task type, team, day) has.
 */
@Path("/api/admin/elections/{electionId}/task-slots")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskSlotResource {
    private final ListTaskSlotsUseCase listSlots;
    private final DistributeTasksUseCase distribute;

    public TaskSlotResource(ListTaskSlotsUseCase listSlots, DistributeTasksUseCase distribute) {
        this.listSlots = listSlots;
        this.distribute = distribute;
    }

    @GET
    public List<SlotResponse> slots(@PathParam("electionId") UUID electionId,
                                    @QueryParam("workLocationId") UUID workLocationId,
                                    @QueryParam("taskDate") LocalDate taskDate) {
        return listSlots.listTaskSlots(new TaskSlotFilter(new ElectionId(electionId),
                workLocationId == null ? null : new WorkLocationId(workLocationId), null, null, taskDate, null))
                .stream().map(SlotResponse::from).toList();
    }

    @PUT
    public SlotResponse distribute(@PathParam("electionId") UUID electionId, @Valid @NotNull DistributeRequest r) {
        TaskSlot slot = new TaskSlot(new ElectionId(electionId), new WorkLocationId(r.workLocationId()),
                new TaskTypeId(r.taskTypeId()), new TeamId(r.teamId()), r.taskDate());
        return SlotResponse.from(distribute.distributeTasks(new DistributeTasksCommand(slot, r.count())));
    }
}
