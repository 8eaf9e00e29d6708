package dk.valghalla.adapter.rest.admin.team;

import dk.valghalla.adapter.rest.shared.ConsequencesResponse;
import dk.valghalla.adapter.rest.shared.PageResponse;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.application.team.port.in.CreateTeamCommand;
import dk.valghalla.application.team.port.in.CreateTeamUseCase;
import dk.valghalla.application.team.port.in.DeleteTeamCommand;
import dk.valghalla.application.team.port.in.DeleteTeamUseCase;
import dk.valghalla.application.team.port.in.ListTeamsUseCase;
import dk.valghalla.application.team.port.in.PreviewTeamDeletionUseCase;
import dk.valghalla.application.team.port.in.ReviseTeamCommand;
import dk.valghalla.application.team.port.in.ReviseTeamUseCase;
import dk.valghalla.application.team.port.in.ShowTeamUseCase;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;

/** Teams (parties, municipal staff, volunteers) of the request's municipality. */
@Path("/api/admin/teams")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {
    private final ListTeamsUseCase listTeams;
    private final ShowTeamUseCase showTeam;
    private final CreateTeamUseCase createTeam;
    private final ReviseTeamUseCase reviseTeam;
    private final PreviewTeamDeletionUseCase previewDeletion;
    private final DeleteTeamUseCase deleteTeam;

    public TeamResource(ListTeamsUseCase listTeams, ShowTeamUseCase showTeam, CreateTeamUseCase createTeam,
                        ReviseTeamUseCase reviseTeam, PreviewTeamDeletionUseCase previewDeletion,
                        DeleteTeamUseCase deleteTeam) {
        this.listTeams = listTeams;
        this.showTeam = showTeam;
        this.createTeam = createTeam;
        this.reviseTeam = reviseTeam;
        this.previewDeletion = previewDeletion;
        this.deleteTeam = deleteTeam;
    }

    /** Teams whose name or short name contains {@code q}, in Danish alphabetical order of names. */
    @GET
    public PageResponse<TeamResponse> list(@QueryParam("q") @Size(max = 255) String q,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("25") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return PageResponse.from(listTeams.listTeams(new SearchQuery(q, new PageRequest(page, size))), TeamResponse::from);
    }

    @GET
    @Path("{id}")
    public TeamResponse show(@PathParam("id") UUID id) {
        return TeamResponse.from(showTeam.showTeam(new TeamId(id)));
    }

    @POST
    public Response create(@Valid @NotNull TeamRequest request, @Context UriInfo uri) {
        Team team = createTeam.createTeam(new CreateTeamCommand(request.name(), request.shortName(), request.description()));
        return Response.created(uri.getAbsolutePathBuilder().path(team.id().toString()).build())
                .entity(TeamResponse.from(team)).build();
    }

    @PUT
    @Path("{id}")
    public TeamResponse revise(@PathParam("id") UUID id, @Valid @NotNull TeamRequest request) {
        if (request.version() == null) {
            throw new InvalidValueException("version", "constraint.notnull", "version is required when revising");
        }
        return TeamResponse.from(reviseTeam.reviseTeam(new ReviseTeamCommand(new TeamId(id), request.name(),
                request.shortName(), request.description(), request.version())));
    }

    /** What deleting the team would do (confirm-before-destroy); changes nothing. */
    @GET
    @Path("{id}/deletion-preview")
    public ConsequencesResponse deletionPreview(@PathParam("id") UUID id) {
        return ConsequencesResponse.from(previewDeletion.previewTeamDeletion(new TeamId(id)));
    }

    /** Deletes only with {@code confirmed=true}; otherwise 428 with the consequences. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id, @QueryParam("confirmed") boolean confirmed) {
        deleteTeam.deleteTeam(new DeleteTeamCommand(new TeamId(id), confirmed));
        return Response.noContent().build();
    }
}
