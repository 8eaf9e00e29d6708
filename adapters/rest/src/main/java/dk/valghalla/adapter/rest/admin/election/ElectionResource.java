package dk.valghalla.adapter.rest.admin.election;

import dk.valghalla.adapter.rest.shared.ConsequencesResponse;
import dk.valghalla.adapter.rest.shared.PageResponse;
import dk.valghalla.application.election.port.in.CreateElectionUseCase;
import dk.valghalla.application.election.port.in.DeleteElectionCommand;
import dk.valghalla.application.election.port.in.DeleteElectionUseCase;
import dk.valghalla.application.election.port.in.DuplicateElectionCommand;
import dk.valghalla.application.election.port.in.DuplicateElectionUseCase;
import dk.valghalla.application.election.port.in.ElectionFields;
import dk.valghalla.application.election.port.in.ListElectionsQuery;
import dk.valghalla.application.election.port.in.ListElectionsUseCase;
import dk.valghalla.application.election.port.in.PreviewElectionDeletionUseCase;
import dk.valghalla.application.election.port.in.ReviseElectionCommand;
import dk.valghalla.application.election.port.in.ReviseElectionUseCase;
import dk.valghalla.application.election.port.in.ShowElectionUseCase;
import dk.valghalla.application.election.port.in.SwitchElectionUseCase;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.shared.InvalidValueException;
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

/**
 * Elections (<i>valg</i>) of the request's municipality: the create wizard and the edit form post the same fields;
 * activation and deactivation are their own resources, so a participant-visible change is always a deliberate act.
 */
@Path("/api/admin/elections")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ElectionResource {
    private final ListElectionsUseCase listElections;
    private final ShowElectionUseCase showElection;
    private final CreateElectionUseCase createElection;
    private final ReviseElectionUseCase reviseElection;
    private final SwitchElectionUseCase switchElection;
    private final DuplicateElectionUseCase duplicateElection;
    private final PreviewElectionDeletionUseCase previewDeletion;
    private final DeleteElectionUseCase deleteElection;

    public ElectionResource(ListElectionsUseCase listElections, ShowElectionUseCase showElection,
                            CreateElectionUseCase createElection, ReviseElectionUseCase reviseElection,
                            SwitchElectionUseCase switchElection, DuplicateElectionUseCase duplicateElection,
                            PreviewElectionDeletionUseCase previewDeletion, DeleteElectionUseCase deleteElection) {
        this.listElections = listElections;
        this.showElection = showElection;
        this.createElection = createElection;
        this.reviseElection = reviseElection;
        this.switchElection = switchElection;
        this.duplicateElection = duplicateElection;
        this.previewDeletion = previewDeletion;
        this.deleteElection = deleteElection;
    }

    /** The latest election day first; the first election of the unfiltered list is the admin's default. */
    @GET
    public PageResponse<ElectionResponse> list(@QueryParam("q") @Size(max = 255) String q,
                                               @QueryParam("active") Boolean active,
                                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                               @QueryParam("size") @DefaultValue("25") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return PageResponse.from(listElections.listElections(new ListElectionsQuery(q, active, new PageRequest(page, size))),
                ElectionResponse::from);
    }

    @GET
    @Path("{id}")
    public ElectionResponse show(@PathParam("id") UUID id) {
        return ElectionResponse.from(showElection.showElection(new ElectionId(id)));
    }

    @POST
    public Response create(@Valid @NotNull ElectionRequest r, @Context UriInfo uri) {
        return created(createElection.createElection(fields(r)), uri, null);
    }

    /** 409 {@code election.active_type}, {@code election.active_period} or {@code election.active_work_locations_removed}. */
    @PUT
    @Path("{id}")
    public ElectionResponse revise(@PathParam("id") UUID id, @Valid @NotNull ElectionRequest r) {
        if (r.version() == null) {
            throw new InvalidValueException("version", "constraint.notnull", "version is required when revising");
        }
        return ElectionResponse.from(reviseElection.reviseElection(
                new ReviseElectionCommand(new ElectionId(id), fields(r), r.version())));
    }

    /** Opens the election to participants; 409 {@code election.period_ended} once its period is over. Idempotent. */
    @POST
    @Path("{id}/activation")
    public ElectionResponse activate(@PathParam("id") UUID id) {
        return ElectionResponse.from(switchElection.activateElection(new ElectionId(id)));
    }

    /** Closes the election to participants. Idempotent. */
    @DELETE
    @Path("{id}/activation")
    public ElectionResponse deactivate(@PathParam("id") UUID id) {
        return ElectionResponse.from(switchElection.deactivateElection(new ElectionId(id)));
    }

    /** A new, inactive election with the structure of this one around a new election day; people are not copied. */
    @POST
    @Path("{id}/duplicates")
    public Response duplicate(@PathParam("id") UUID id, @Valid @NotNull DuplicateElectionRequest r, @Context UriInfo uri) {
        Election copy = duplicateElection.duplicateElection(new DuplicateElectionCommand(new ElectionId(id), r.title(),
                new ElectionTypeId(r.electionTypeId()), r.lockPeriodDays(), r.electionDate(), r.daysBefore(),
                r.daysAfter(), workLocations(r.workLocationIds())));
        return created(copy, uri, copy.id().toString());
    }

    /** What deleting the election would do (confirm-before-destroy); changes nothing. */
    @GET
    @Path("{id}/deletion-preview")
    public ConsequencesResponse deletionPreview(@PathParam("id") UUID id) {
        return ConsequencesResponse.from(previewDeletion.previewElectionDeletion(new ElectionId(id)));
    }

    /** 428 with the consequences until {@code confirmed=true}; 409 {@code election.active} while active. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id, @QueryParam("confirmed") boolean confirmed) {
        deleteElection.deleteElection(new DeleteElectionCommand(new ElectionId(id), confirmed));
        return Response.noContent().build();
    }

    private static Response created(Election election, UriInfo uri, String copyId) {
        var location = copyId == null
                ? uri.getAbsolutePathBuilder().path(election.id().toString()).build()
                : uri.getBaseUriBuilder().path(ElectionResource.class).path(copyId).build();
        return Response.created(location).entity(ElectionResponse.from(election)).build();
    }

    private static ElectionFields fields(ElectionRequest r) {
        return new ElectionFields(r.title(), new ElectionTypeId(r.electionTypeId()), r.lockPeriodDays(),
                r.periodStart(), r.periodEnd(), r.electionDate(), workLocations(r.workLocationIds()));
    }

    private static Set<WorkLocationId> workLocations(Set<UUID> ids) {
        return ids.stream().map(WorkLocationId::new).collect(Collectors.toSet());
    }
}
