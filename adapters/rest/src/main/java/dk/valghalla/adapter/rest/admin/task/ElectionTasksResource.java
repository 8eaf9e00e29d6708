package dk.valghalla.adapter.rest.admin.task;

import dk.valghalla.adapter.rest.admin.task.TaskDtos.TaskResponse;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.task.port.in.ListTasksUseCase;
import dk.valghalla.application.task.port.in.TaskSlotFilter;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.task.TaskStatus;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocationId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The seats of an election, filtered by work location, task type, team, day and status. */
@Path("/api/admin/elections/{electionId}/tasks")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ElectionTasksResource {
    private final ListTasksUseCase listTasks;

    public ElectionTasksResource(ListTasksUseCase listTasks) {
        this.listTasks = listTasks;
    }

    @GET
    public List<TaskResponse> tasks(@PathParam("electionId") UUID electionId,
                                    @QueryParam("workLocationId") UUID workLocationId,
                                    @QueryParam("taskTypeId") UUID taskTypeId, @QueryParam("teamId") UUID teamId,
                                    @QueryParam("taskDate") LocalDate taskDate,
                                    @QueryParam("status") TaskStatus status) {
        return listTasks.listTasks(new TaskSlotFilter(new ElectionId(electionId),
                        workLocationId == null ? null : new WorkLocationId(workLocationId),
                        taskTypeId == null ? null : new TaskTypeId(taskTypeId), teamId == null ? null : new TeamId(teamId),
                        taskDate, status))
                .stream().map(TaskResponse::from).toList();
    }
}
