package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.adapter.rest.admin.participant.ParticipantRequests.BulkDeletionPreviewRequest;
import dk.valghalla.adapter.rest.admin.participant.ParticipantRequests.BulkDeletionRequest;
import dk.valghalla.adapter.rest.admin.participant.ParticipantRequests.BulkDeletionResponse;
import dk.valghalla.adapter.rest.admin.participant.ParticipantRequests.CommentRequest;
import dk.valghalla.adapter.rest.admin.participant.ParticipantRequests.CprResponse;
import dk.valghalla.adapter.rest.admin.participant.ParticipantRequests.CreateParticipantRequest;
import dk.valghalla.adapter.rest.admin.participant.ParticipantRequests.ResponsibilitiesRequest;
import dk.valghalla.adapter.rest.admin.participant.ParticipantRequests.ReviseParticipantRequest;
import dk.valghalla.adapter.rest.shared.ConsequencesResponse;
import dk.valghalla.adapter.rest.shared.PageResponse;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.participant.port.in.AssessParticipantEligibilityQuery;
import dk.valghalla.application.participant.port.in.AssessParticipantEligibilityUseCase;
import dk.valghalla.application.participant.port.in.AssignParticipantResponsibilitiesCommand;
import dk.valghalla.application.participant.port.in.AssignParticipantResponsibilitiesUseCase;
import dk.valghalla.application.participant.port.in.CommentOnParticipantCommand;
import dk.valghalla.application.participant.port.in.CommentOnParticipantUseCase;
import dk.valghalla.application.participant.port.in.CreateParticipantCommand;
import dk.valghalla.application.participant.port.in.CreateParticipantUseCase;
import dk.valghalla.application.participant.port.in.DeleteParticipantCommand;
import dk.valghalla.application.participant.port.in.DeleteParticipantCommentCommand;
import dk.valghalla.application.participant.port.in.DeleteParticipantCommentUseCase;
import dk.valghalla.application.participant.port.in.DeleteParticipantUseCase;
import dk.valghalla.application.participant.port.in.DeleteParticipantsCommand;
import dk.valghalla.application.participant.port.in.DeleteParticipantsUseCase;
import dk.valghalla.application.participant.port.in.ListParticipantsQuery;
import dk.valghalla.application.participant.port.in.ListParticipantsUseCase;
import dk.valghalla.application.participant.port.in.PreviewParticipantDeletionUseCase;
import dk.valghalla.application.participant.port.in.PreviewParticipantsDeletionUseCase;
import dk.valghalla.application.participant.port.in.RevealParticipantCprUseCase;
import dk.valghalla.application.participant.port.in.ReviseParticipantCommand;
import dk.valghalla.application.participant.port.in.ReviseParticipantUseCase;
import dk.valghalla.application.participant.port.in.ShowParticipantUseCase;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.participant.CommentId;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantComment;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The participants (<i>deltagere</i>) of the request's municipality. Lists show masked CPR numbers only; the whole
 * number is a separate, audited read ({@code GET .../{id}/cpr}).
 */
@Path("/api/admin/participants")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantResource {
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final ListParticipantsUseCase listParticipants;
    private final ShowParticipantUseCase showParticipant;
    private final CreateParticipantUseCase createParticipant;
    private final ReviseParticipantUseCase reviseParticipant;
    private final RevealParticipantCprUseCase revealCpr;
    private final AssessParticipantEligibilityUseCase assessEligibility;
    private final CommentOnParticipantUseCase commentOn;
    private final DeleteParticipantCommentUseCase deleteComment;
    private final AssignParticipantResponsibilitiesUseCase assignResponsibilities;
    private final PreviewParticipantDeletionUseCase previewDeletion;
    private final DeleteParticipantUseCase deleteParticipant;
    private final PreviewParticipantsDeletionUseCase previewBulkDeletion;
    private final DeleteParticipantsUseCase deleteParticipants;
    private final TenantContext tenantContext;
    private final Clock clock;

    public ParticipantResource(ListParticipantsUseCase listParticipants, ShowParticipantUseCase showParticipant,
                               CreateParticipantUseCase createParticipant, ReviseParticipantUseCase reviseParticipant,
                               RevealParticipantCprUseCase revealCpr,
                               AssessParticipantEligibilityUseCase assessEligibility,
                               CommentOnParticipantUseCase commentOn, DeleteParticipantCommentUseCase deleteComment,
                               AssignParticipantResponsibilitiesUseCase assignResponsibilities,
                               PreviewParticipantDeletionUseCase previewDeletion,
                               DeleteParticipantUseCase deleteParticipant,
                               PreviewParticipantsDeletionUseCase previewBulkDeletion,
                               DeleteParticipantsUseCase deleteParticipants, TenantContext tenantContext, Clock clock) {
        this.listParticipants = listParticipants;
        this.showParticipant = showParticipant;
        this.createParticipant = createParticipant;
        this.reviseParticipant = reviseParticipant;
        this.revealCpr = revealCpr;
        this.assessEligibility = assessEligibility;
        this.commentOn = commentOn;
        this.deleteComment = deleteComment;
        this.assignResponsibilities = assignResponsibilities;
        this.previewDeletion = previewDeletion;
        this.deleteParticipant = deleteParticipant;
        this.previewBulkDeletion = previewBulkDeletion;
        this.deleteParticipants = deleteParticipants;
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    /**
     * Participants in Danish alphabetical order of names. {@code q} searches names, e-mail addresses, mobile numbers
     * and the date part of CPR numbers; a whole CPR number finds exactly its participant (send it only here, in a
     * trusted admin session). Filters: {@code teamId}, {@code specialDietId}, {@code digitalPost}
     * ({@code SUBSCRIBED}, {@code NOT_SUBSCRIBED}, {@code UNKNOWN}), {@code addressProtected}, and {@code validation}
     * ({@code ELIGIBLE}, {@code INELIGIBLE}, {@code NOT_IN_CPR}, {@code NOT_CHECKED}: the CPR refresh's latest outcome
     * for the election {@code electionId}, which it needs). With {@code electionId}, each item carries its
     * {@code validation} for that election.
     */
    @GET
    public PageResponse<ParticipantListItemResponse> list(
            @QueryParam("q") @Size(max = 255) String q, @QueryParam("teamId") UUID teamId,
            @QueryParam("specialDietId") UUID specialDietId, @QueryParam("digitalPost") String digitalPost,
            @QueryParam("addressProtected") Boolean addressProtected, @QueryParam("electionId") UUID electionId,
            @QueryParam("validation") String validation,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("25") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return PageResponse.from(listParticipants.listParticipants(new ListParticipantsQuery(q,
                teamId == null ? null : new TeamId(teamId), specialDietId == null ? null : new SpecialDietId(specialDietId),
                digitalPost(digitalPost), addressProtected, electionId == null ? null : new ElectionId(electionId),
                ParticipantFilters.validation(validation), new PageRequest(page, size))), ParticipantListItemResponse::from);
    }

    /** Looks the CPR number up in the register and creates the participant; 503 (nothing saved) if it is down. */
    @POST
    public Response create(@Valid @NotNull CreateParticipantRequest r, @Context UriInfo uri) {
        Participant participant = createParticipant.createParticipant(new CreateParticipantCommand(CprNumber.of(r.cpr()),
                ids(r.teamIds(), TeamId::new), r.mobile(), r.email(), ids(r.specialDietIds(), SpecialDietId::new)));
        return Response.created(uri.getAbsolutePathBuilder().path(participant.id().toString()).build())
                .entity(profile(participant)).build();
    }

    @GET
    @Path("{id}")
    public ParticipantResponse show(@PathParam("id") UUID id) {
        return profile(showParticipant.showParticipant(new ParticipantId(id)));
    }

    @PUT
    @Path("{id}")
    public ParticipantResponse revise(@PathParam("id") UUID id, @Valid @NotNull ReviseParticipantRequest r) {
        return profile(reviseParticipant.reviseParticipant(new ReviseParticipantCommand(new ParticipantId(id), r.mobile(),
                r.email(), ids(r.specialDietIds(), SpecialDietId::new), ids(r.teamIds(), TeamId::new), r.version())));
    }

    /** The whole CPR number; every read is written to the audit log. */
    @GET
    @Path("{id}/cpr")
    public Response cpr(@PathParam("id") UUID id) {
        return Response.ok(new CprResponse(revealCpr.revealParticipantCpr(new ParticipantId(id)).value()))
                .header("Cache-Control", "no-store").build();
    }

    /**
     * Eligibility per election type (or for {@code electionTypeId} only) on {@code day} (ISO date, default today),
     * judged on the last known CPR data.
     */
    @GET
    @Path("{id}/eligibility")
    public List<EligibilityResponse> eligibility(@PathParam("id") UUID id,
                                                 @QueryParam("electionTypeId") UUID electionTypeId,
                                                 @QueryParam("day") String day) {
        LocalDate date = day(day);
        LocalDate judged = date != null ? date : today();
        return assessEligibility.assessParticipantEligibility(new AssessParticipantEligibilityQuery(new ParticipantId(id),
                        electionTypeId == null ? null : new ElectionTypeId(electionTypeId), judged))
                .stream().map(e -> EligibilityResponse.from(e, judged)).toList();
    }

    @POST
    @Path("{id}/comments")
    public Response comment(@PathParam("id") UUID id, @Valid @NotNull CommentRequest r) {
        ParticipantComment comment = commentOn.commentOnParticipant(new CommentOnParticipantCommand(new ParticipantId(id), r.text()));
        return Response.status(201).entity(ParticipantResponse.CommentResponse.from(comment)).build();
    }

    @DELETE
    @Path("{id}/comments/{commentId}")
    public Response deleteComment(@PathParam("id") UUID id, @PathParam("commentId") UUID commentId) {
        deleteComment.deleteParticipantComment(new DeleteParticipantCommentCommand(new ParticipantId(id), new CommentId(commentId)));
        return Response.noContent().build();
    }

    /** Sets the participant's rights (team and work-location responsible) to exactly these. */
    @PUT
    @Path("{id}/responsibilities")
    public ParticipantResponse responsibilities(@PathParam("id") UUID id, @Valid @NotNull ResponsibilitiesRequest r) {
        return profile(assignResponsibilities.assignParticipantResponsibilities(new AssignParticipantResponsibilitiesCommand(
                new ParticipantId(id), ids(r.teamIds(), TeamId::new), ids(r.workLocationIds(), WorkLocationId::new))));
    }

    /** What deleting the participant would do (confirm-before-destroy); changes nothing. */
    @GET
    @Path("{id}/deletion-preview")
    public ConsequencesResponse deletionPreview(@PathParam("id") UUID id) {
        return ConsequencesResponse.from(previewDeletion.previewParticipantDeletion(new ParticipantId(id)));
    }

    /** Deletes only with {@code confirmed=true}; otherwise 428 with the consequences. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id, @QueryParam("confirmed") boolean confirmed) {
        deleteParticipant.deleteParticipant(new DeleteParticipantCommand(new ParticipantId(id), confirmed));
        return Response.noContent().build();
    }

    /** What deleting all these participants would do; changes nothing. */
    @POST
    @Path("bulk-deletion-preview")
    public ConsequencesResponse bulkDeletionPreview(@Valid @NotNull BulkDeletionPreviewRequest r) {
        return ConsequencesResponse.from(previewBulkDeletion.previewParticipantsDeletion(
                ids(r.participantIds(), ParticipantId::new)));
    }

    /**
     * Deletes all these participants, or none: 404 if one does not exist, 428 with the consequences unless the
     * typed confirmation word ("SLET", or "DELETE") is given.
     */
    @POST
    @Path("bulk-deletions")
    public BulkDeletionResponse bulkDelete(@Valid @NotNull BulkDeletionRequest r) {
        return new BulkDeletionResponse(deleteParticipants.deleteParticipants(new DeleteParticipantsCommand(
                ids(r.participantIds(), ParticipantId::new), r.confirmation())));
    }

    private ParticipantResponse profile(Participant participant) {
        return ParticipantResponse.from(participant, today(), tenantContext.tenant().municipalityCode());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DANISH_TIME);
    }

    private static DigitalPostRegistration digitalPost(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DigitalPostRegistration.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("digitalPost", "request.invalid",
                    "digitalPost is SUBSCRIBED, NOT_SUBSCRIBED or UNKNOWN");
        }
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("day", "date.invalid", "day must be a date like 2026-11-22");
        }
    }

    private static <T> Set<T> ids(Set<UUID> values, Function<UUID, T> id) {
        return values == null ? Set.of() : values.stream().map(id).collect(Collectors.toSet());
    }
}
