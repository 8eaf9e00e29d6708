package dk.valghalla.adapter.rest.admin.electiontype;

import dk.valghalla.adapter.rest.shared.ConsequencesResponse;
import dk.valghalla.adapter.rest.shared.PageResponse;
import dk.valghalla.application.electiontype.port.in.CreateElectionTypeCommand;
import dk.valghalla.application.electiontype.port.in.CreateElectionTypeUseCase;
import dk.valghalla.application.electiontype.port.in.DeleteElectionTypeCommand;
import dk.valghalla.application.electiontype.port.in.DeleteElectionTypeUseCase;
import dk.valghalla.application.electiontype.port.in.ListElectionTypesUseCase;
import dk.valghalla.application.electiontype.port.in.PreviewElectionTypeDeletionUseCase;
import dk.valghalla.application.electiontype.port.in.ReviseElectionTypeCommand;
import dk.valghalla.application.electiontype.port.in.ReviseElectionTypeUseCase;
import dk.valghalla.application.electiontype.port.in.ShowElectionTypeUseCase;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.shared.InvalidValueException;
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

/** Election types (<i>valgtyper</i>) and their eligibility rules, for the request's municipality. */
@Path("/api/admin/election-types")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ElectionTypeResource {
    private final ListElectionTypesUseCase listTypes;
    private final ShowElectionTypeUseCase showType;
    private final CreateElectionTypeUseCase createType;
    private final ReviseElectionTypeUseCase reviseType;
    private final PreviewElectionTypeDeletionUseCase previewDeletion;
    private final DeleteElectionTypeUseCase deleteType;

    public ElectionTypeResource(ListElectionTypesUseCase listTypes, ShowElectionTypeUseCase showType,
                                CreateElectionTypeUseCase createType, ReviseElectionTypeUseCase reviseType,
                                PreviewElectionTypeDeletionUseCase previewDeletion, DeleteElectionTypeUseCase deleteType) {
        this.listTypes = listTypes;
        this.showType = showType;
        this.createType = createType;
        this.reviseType = reviseType;
        this.previewDeletion = previewDeletion;
        this.deleteType = deleteType;
    }

    @GET
    public PageResponse<ElectionTypeResponse> list(@QueryParam("q") @Size(max = 255) String q,
                                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                   @QueryParam("size") @DefaultValue("25") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return PageResponse.from(listTypes.listElectionTypes(new SearchQuery(q, new PageRequest(page, size))),
                ElectionTypeResponse::from);
    }

    @GET
    @Path("{id}")
    public ElectionTypeResponse show(@PathParam("id") UUID id) {
        return ElectionTypeResponse.from(showType.showElectionType(new ElectionTypeId(id)));
    }

    @POST
    public Response create(@Valid @NotNull ElectionTypeRequest request, @Context UriInfo uri) {
        ElectionType type = createType.createElectionType(new CreateElectionTypeCommand(request.title(), request.rules()));
        return Response.created(uri.getAbsolutePathBuilder().path(type.id().toString()).build())
                .entity(ElectionTypeResponse.from(type)).build();
    }

    @PUT
    @Path("{id}")
    public ElectionTypeResponse revise(@PathParam("id") UUID id, @Valid @NotNull ElectionTypeRequest request) {
        if (request.version() == null) {
            throw new InvalidValueException("version", "constraint.notnull", "version is required when revising");
        }
        return ElectionTypeResponse.from(reviseType.reviseElectionType(new ReviseElectionTypeCommand(
                new ElectionTypeId(id), request.title(), request.rules(), request.version())));
    }

    @GET
    @Path("{id}/deletion-preview")
    public ConsequencesResponse deletionPreview(@PathParam("id") UUID id) {
        return ConsequencesResponse.from(previewDeletion.previewElectionTypeDeletion(new ElectionTypeId(id)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id, @QueryParam("confirmed") boolean confirmed) {
        deleteType.deleteElectionType(new DeleteElectionTypeCommand(new ElectionTypeId(id), confirmed));
        return Response.noContent().build();
    }
}
