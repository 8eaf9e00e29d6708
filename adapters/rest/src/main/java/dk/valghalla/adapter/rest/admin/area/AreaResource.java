package dk.valghalla.adapter.rest.admin.area;

import dk.valghalla.application.area.port.in.CreateAreaCommand;
import dk.valghalla.application.area.port.in.CreateAreaUseCase;
import dk.valghalla.application.area.port.in.DeleteAreaCommand;
import dk.valghalla.application.area.port.in.DeleteAreaUseCase;
import dk.valghalla.application.area.port.in.DescribeAreaCommand;
import dk.valghalla.application.area.port.in.DescribeAreaUseCase;
import dk.valghalla.application.area.port.in.ListAreasUseCase;
import dk.valghalla.application.area.port.in.PreviewAreaDeletionUseCase;
import dk.valghalla.adapter.rest.shared.ConsequencesResponse;
import dk.valghalla.application.area.port.in.ShowAreaUseCase;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.area.AreaId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;
import java.util.UUID;

/** Areas (<i>områder</i>) of the request's municipality. */
@Path("/api/admin/areas")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AreaResource {
    private final ListAreasUseCase listAreas;
    private final ShowAreaUseCase showArea;
    private final CreateAreaUseCase createArea;
    private final DescribeAreaUseCase describeArea;
    private final PreviewAreaDeletionUseCase previewDeletion;
    private final DeleteAreaUseCase deleteArea;

    public AreaResource(ListAreasUseCase listAreas, ShowAreaUseCase showArea, CreateAreaUseCase createArea,
                        DescribeAreaUseCase describeArea, PreviewAreaDeletionUseCase previewDeletion,
                        DeleteAreaUseCase deleteArea) {
        this.listAreas = listAreas;
        this.showArea = showArea;
        this.createArea = createArea;
        this.describeArea = describeArea;
        this.previewDeletion = previewDeletion;
        this.deleteArea = deleteArea;
    }

    /** All areas in Danish alphabetical order (Æ, Ø, Å last). */
    @GET
    public List<AreaResponse> list() {
        return listAreas.listAreas().stream().map(AreaResponse::from).toList();
    }

    @GET
    @Path("{id}")
    public AreaResponse show(@PathParam("id") UUID id) {
        return AreaResponse.from(showArea.showArea(new AreaId(id)));
    }

    @POST
    public Response create(@Valid @NotNull CreateAreaRequest request, @Context UriInfo uri) {
        Area area = createArea.createArea(new CreateAreaCommand(request.name(), request.description()));
        return Response.created(uri.getAbsolutePathBuilder().path(area.id().toString()).build())
                .entity(AreaResponse.from(area)).build();
    }

    @PUT
    @Path("{id}")
    public AreaResponse update(@PathParam("id") UUID id, @Valid @NotNull UpdateAreaRequest request) {
        return AreaResponse.from(describeArea.describeArea(
                new DescribeAreaCommand(new AreaId(id), request.name(), request.description(), request.version())));
    }

    /** What deleting the area would do (confirm-before-destroy); changes nothing. */
    @GET
    @Path("{id}/deletion-preview")
    public ConsequencesResponse deletionPreview(@PathParam("id") UUID id) {
        return ConsequencesResponse.from(previewDeletion.previewAreaDeletion(new AreaId(id)));
    }

    /** Deletes only with {@code confirmed=true}; otherwise 428 with the consequences. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id, @QueryParam("confirmed") boolean confirmed) {
        deleteArea.deleteArea(new DeleteAreaCommand(new AreaId(id), confirmed));
        return Response.noContent().build();
    }
}
