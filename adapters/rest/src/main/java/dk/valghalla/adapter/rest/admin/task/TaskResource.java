package dk.valghalla.adapter.rest.admin.task;

import dk.valghalla.adapter.rest.admin.task.TaskDtos.AssignRequest;
import dk.valghalla.adapter.rest.admin.task.TaskDtos.TaskResponse;
import dk.valghalla.adapter.rest.admin.task.TaskDtos.VersionRequest;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.task.port.in.AcceptTaskUseCase;
import dk.valghalla.application.task.port.in.AssignTaskCommand;
import dk.valghalla.application.task.port.in.AssignTaskUseCase;
import dk.valghalla.application.task.port.in.ReleaseTaskUseCase;
import dk.valghalla.application.task.port.in.TaskVersionCommand;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.task.TaskId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/**
 * One seat (<i>opgave</i>): placing a person on it, recording the person's yes on their behalf, and freeing it. Each
 * act names the version of the seat the admin saw. A seat of another municipality is simply not found.
 */
@Path("/api/admin/tasks/{taskId}")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {
    private final AssignTaskUseCase assign;
    private final AcceptTaskUseCase accept;
    private final ReleaseTaskUseCase release;

    public TaskResource(AssignTaskUseCase assign, AcceptTaskUseCase accept, ReleaseTaskUseCase release) {
        this.assign = assign;
        this.accept = accept;
        this.release = release;
    }

    @POST
    @Path("assignment")
    public TaskResponse assign(@PathParam("taskId") UUID taskId, @Valid @NotNull AssignRequest r) {
        return TaskResponse.from(assign.assignTask(new AssignTaskCommand(new TaskId(taskId),
                new ParticipantId(r.participantId()), r.version())));
    }

    @DELETE
    @Path("assignment")
    public TaskResponse release(@PathParam("taskId") UUID taskId, @QueryParam("version") @NotNull Long version) {
        return TaskResponse.from(release.releaseTask(new TaskVersionCommand(new TaskId(taskId), version)));
    }

    @POST
    @Path("acceptance")
    public TaskResponse accept(@PathParam("taskId") UUID taskId, @Valid @NotNull VersionRequest r) {
        return TaskResponse.from(accept.acceptTaskOnBehalf(new TaskVersionCommand(new TaskId(taskId), r.version())));
    }
}
