package dk.valghalla.adapter.rest.admin.specialdiet;

import dk.valghalla.adapter.rest.shared.ConsequencesResponse;
import dk.valghalla.adapter.rest.shared.PageResponse;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.application.specialdiet.port.in.CreateSpecialDietCommand;
import dk.valghalla.application.specialdiet.port.in.CreateSpecialDietUseCase;
import dk.valghalla.application.specialdiet.port.in.DeleteSpecialDietCommand;
import dk.valghalla.application.specialdiet.port.in.DeleteSpecialDietUseCase;
import dk.valghalla.application.specialdiet.port.in.ListSpecialDietsUseCase;
import dk.valghalla.application.specialdiet.port.in.PreviewSpecialDietDeletionUseCase;
import dk.valghalla.application.specialdiet.port.in.RenameSpecialDietCommand;
import dk.valghalla.application.specialdiet.port.in.RenameSpecialDietUseCase;
import dk.valghalla.application.specialdiet.port.in.ShowSpecialDietUseCase;
import dk.valghalla.domain.specialdiet.SpecialDiet;
import dk.valghalla.domain.specialdiet.SpecialDietId;
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

/** Special diets (<i>specialkost</i>) of the request's municipality. */
@Path("/api/admin/special-diets")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpecialDietResource {
    private final ListSpecialDietsUseCase listDiets;
    private final ShowSpecialDietUseCase showDiet;
    private final CreateSpecialDietUseCase createDiet;
    private final RenameSpecialDietUseCase renameDiet;
    private final PreviewSpecialDietDeletionUseCase previewDeletion;
    private final DeleteSpecialDietUseCase deleteDiet;

    public SpecialDietResource(ListSpecialDietsUseCase listDiets, ShowSpecialDietUseCase showDiet,
                               CreateSpecialDietUseCase createDiet, RenameSpecialDietUseCase renameDiet,
                               PreviewSpecialDietDeletionUseCase previewDeletion, DeleteSpecialDietUseCase deleteDiet) {
        this.listDiets = listDiets;
        this.showDiet = showDiet;
        this.createDiet = createDiet;
        this.renameDiet = renameDiet;
        this.previewDeletion = previewDeletion;
        this.deleteDiet = deleteDiet;
    }

    /** Diets whose title contains {@code q}, in Danish alphabetical order, one page at a time. */
    @GET
    public PageResponse<SpecialDietResponse> list(@QueryParam("q") @Size(max = 255) String q,
                                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                  @QueryParam("size") @DefaultValue("25") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return PageResponse.from(listDiets.listSpecialDiets(new SearchQuery(q, new PageRequest(page, size))),
                SpecialDietResponse::from);
    }

    @GET
    @Path("{id}")
    public SpecialDietResponse show(@PathParam("id") UUID id) {
        return SpecialDietResponse.from(showDiet.showSpecialDiet(new SpecialDietId(id)));
    }

    @POST
    public Response create(@Valid @NotNull CreateSpecialDietRequest request, @Context UriInfo uri) {
        SpecialDiet diet = createDiet.createSpecialDiet(new CreateSpecialDietCommand(request.title()));
        return Response.created(uri.getAbsolutePathBuilder().path(diet.id().toString()).build())
                .entity(SpecialDietResponse.from(diet)).build();
    }

    @PUT
    @Path("{id}")
    public SpecialDietResponse rename(@PathParam("id") UUID id, @Valid @NotNull RenameSpecialDietRequest request) {
        return SpecialDietResponse.from(renameDiet.renameSpecialDiet(
                new RenameSpecialDietCommand(new SpecialDietId(id), request.title(), request.version())));
    }

    @GET
    @Path("{id}/deletion-preview")
    public ConsequencesResponse deletionPreview(@PathParam("id") UUID id) {
        return ConsequencesResponse.from(previewDeletion.previewSpecialDietDeletion(new SpecialDietId(id)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id, @QueryParam("confirmed") boolean confirmed) {
        deleteDiet.deleteSpecialDiet(new DeleteSpecialDietCommand(new SpecialDietId(id), confirmed));
        return Response.noContent().build();
    }
}
