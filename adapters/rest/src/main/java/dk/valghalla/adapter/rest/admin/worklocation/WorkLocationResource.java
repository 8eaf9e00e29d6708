package dk.valghalla.adapter.rest.admin.worklocation;

import dk.valghalla.adapter.rest.shared.ConsequencesResponse;
import dk.valghalla.adapter.rest.shared.PageResponse;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.worklocation.port.in.CreateWorkLocationCommand;
import dk.valghalla.application.worklocation.port.in.CreateWorkLocationUseCase;
import dk.valghalla.application.worklocation.port.in.DeleteWorkLocationCommand;
import dk.valghalla.application.worklocation.port.in.DeleteWorkLocationUseCase;
import dk.valghalla.application.worklocation.port.in.ListWorkLocationsQuery;
import dk.valghalla.application.worklocation.port.in.ListWorkLocationsUseCase;
import dk.valghalla.application.worklocation.port.in.PreviewWorkLocationDeletionUseCase;
import dk.valghalla.application.worklocation.port.in.ReviseWorkLocationCommand;
import dk.valghalla.application.worklocation.port.in.ReviseWorkLocationUseCase;
import dk.valghalla.application.worklocation.port.in.ShowWorkLocationUseCase;
import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationId;
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

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Work locations (<i>arbejdssteder</i>: polling stations, counting sites) of the request's municipality. */
@Path("/api/admin/work-locations")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkLocationResource {
    private final ListWorkLocationsUseCase listLocations;
    private final ShowWorkLocationUseCase showLocation;
    private final CreateWorkLocationUseCase createLocation;
    private final ReviseWorkLocationUseCase reviseLocation;
    private final PreviewWorkLocationDeletionUseCase previewDeletion;
    private final DeleteWorkLocationUseCase deleteLocation;

    public WorkLocationResource(ListWorkLocationsUseCase listLocations, ShowWorkLocationUseCase showLocation,
                                CreateWorkLocationUseCase createLocation, ReviseWorkLocationUseCase reviseLocation,
                                PreviewWorkLocationDeletionUseCase previewDeletion,
                                DeleteWorkLocationUseCase deleteLocation) {
        this.listLocations = listLocations;
        this.showLocation = showLocation;
        this.createLocation = createLocation;
        this.reviseLocation = reviseLocation;
        this.previewDeletion = previewDeletion;
        this.deleteLocation = deleteLocation;
    }

    /**
     * Locations whose title, postal code or city contains {@code q}, optionally in one area only, in Danish
     * alphabetical order of titles.
     */
    @GET
    public PageResponse<WorkLocationResponse> list(@QueryParam("q") @Size(max = 255) String q,
                                                   @QueryParam("areaId") UUID areaId,
                                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                   @QueryParam("size") @DefaultValue("25") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return PageResponse.from(listLocations.listWorkLocations(new ListWorkLocationsQuery(q,
                areaId == null ? null : new AreaId(areaId), new PageRequest(page, size))), WorkLocationResponse::from);
    }

    @GET
    @Path("{id}")
    public WorkLocationResponse show(@PathParam("id") UUID id) {
        return WorkLocationResponse.from(showLocation.showWorkLocation(new WorkLocationId(id)));
    }

    @POST
    public Response create(@Valid @NotNull WorkLocationRequest r, @Context UriInfo uri) {
        WorkLocation location = createLocation.createWorkLocation(new CreateWorkLocationCommand(new AreaId(r.areaId()),
                r.title(), r.address(), r.postalCode(), r.city(), r.votingAreaNumber(), teams(r), taskTypes(r)));
        return Response.created(uri.getAbsolutePathBuilder().path(location.id().toString()).build())
                .entity(WorkLocationResponse.from(location)).build();
    }

    /** 409 {@code work_location.in_active_election} when the teams or task types change while an active election contains it. */
    @PUT
    @Path("{id}")
    public WorkLocationResponse revise(@PathParam("id") UUID id, @Valid @NotNull WorkLocationRequest r) {
        if (r.version() == null) {
            throw new InvalidValueException("version", "constraint.notnull", "version is required when revising");
        }
        return WorkLocationResponse.from(reviseLocation.reviseWorkLocation(new ReviseWorkLocationCommand(
                new WorkLocationId(id), new AreaId(r.areaId()), r.title(), r.address(), r.postalCode(), r.city(),
                r.votingAreaNumber(), teams(r), taskTypes(r), r.version())));
    }

    /** What deleting the location would do (confirm-before-destroy); changes nothing. */
    @GET
    @Path("{id}/deletion-preview")
    public ConsequencesResponse deletionPreview(@PathParam("id") UUID id) {
        return ConsequencesResponse.from(previewDeletion.previewWorkLocationDeletion(new WorkLocationId(id)));
    }

    /** Deletes only with {@code confirmed=true}; otherwise 428 with the consequences. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id, @QueryParam("confirmed") boolean confirmed) {
        deleteLocation.deleteWorkLocation(new DeleteWorkLocationCommand(new WorkLocationId(id), confirmed));
        return Response.noContent().build();
    }

    private static Set<TeamId> teams(WorkLocationRequest r) {
        return r.teamIds().stream().map(TeamId::new).collect(Collectors.toSet());
    }

    private static Set<TaskTypeId> taskTypes(WorkLocationRequest r) {
        return r.taskTypeIds().stream().map(TaskTypeId::new).collect(Collectors.toSet());
    }
}
