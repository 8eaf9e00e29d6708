package dk.valghalla.adapter.rest.admin.task;

import dk.valghalla.adapter.rest.admin.task.TaskDtos.TaskResponse;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.task.port.in.ListParticipantTasksUseCase;
import dk.valghalla.domain.participant.ParticipantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** The seats a participant holds, in every election (the participant profile). */
@Path("/api/admin/participants/{participantId}/tasks")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantTasksResource {
    private final ListParticipantTasksUseCase participantTasks;

    public ParticipantTasksResource(ListParticipantTasksUseCase participantTasks) {
        this.participantTasks = participantTasks;
    }

    @GET
    public List<TaskResponse> participantTasks(@PathParam("participantId") UUID participantId) {
        return participantTasks.listParticipantTasks(new ParticipantId(participantId)).stream()
                .map(TaskResponse::from).toList();
    }
}
