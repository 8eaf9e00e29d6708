package dk.valghalla.adapter.rest.admin.tasktype;

import dk.valghalla.adapter.rest.shared.ConsequencesResponse;
import dk.valghalla.adapter.rest.shared.PageResponse;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.application.tasktype.port.in.AttachTaskTypeFileCommand;
import dk.valghalla.application.tasktype.port.in.AttachTaskTypeFileUseCase;
import dk.valghalla.application.tasktype.port.in.CreateTaskTypeCommand;
import dk.valghalla.application.tasktype.port.in.CreateTaskTypeUseCase;
import dk.valghalla.application.tasktype.port.in.DeleteTaskTypeCommand;
import dk.valghalla.application.tasktype.port.in.DeleteTaskTypeUseCase;
import dk.valghalla.application.tasktype.port.in.DownloadTaskTypeFileUseCase;
import dk.valghalla.application.tasktype.port.in.ListTaskTypesUseCase;
import dk.valghalla.application.tasktype.port.in.PreviewTaskTypeDeletionUseCase;
import dk.valghalla.application.tasktype.port.in.RemoveTaskTypeFileCommand;
import dk.valghalla.application.tasktype.port.in.RemoveTaskTypeFileUseCase;
import dk.valghalla.application.tasktype.port.in.ReviseTaskTypeCommand;
import dk.valghalla.application.tasktype.port.in.ReviseTaskTypeUseCase;
import dk.valghalla.application.tasktype.port.in.ShowTaskTypeUseCase;
import dk.valghalla.domain.file.FileContent;
import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.tasktype.TaskType;
import dk.valghalla.domain.tasktype.TaskTypeId;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Task types (<i>opgavetyper</i>) and their files (PDF guides), for the request's municipality. A file is only ever
 * reached through its task type; there is deliberately no endpoint that opens a file by its id alone.
 */
@Path("/api/admin/task-types")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskTypeResource {
    private final ListTaskTypesUseCase listTypes;
    private final ShowTaskTypeUseCase showType;
    private final CreateTaskTypeUseCase createType;
    private final ReviseTaskTypeUseCase reviseType;
    private final PreviewTaskTypeDeletionUseCase previewDeletion;
    private final DeleteTaskTypeUseCase deleteType;
    private final AttachTaskTypeFileUseCase attachFile;
    private final RemoveTaskTypeFileUseCase removeFile;
    private final DownloadTaskTypeFileUseCase downloadFile;

    public TaskTypeResource(ListTaskTypesUseCase listTypes, ShowTaskTypeUseCase showType,
                            CreateTaskTypeUseCase createType, ReviseTaskTypeUseCase reviseType,
                            PreviewTaskTypeDeletionUseCase previewDeletion, DeleteTaskTypeUseCase deleteType,
                            AttachTaskTypeFileUseCase attachFile, RemoveTaskTypeFileUseCase removeFile,
                            DownloadTaskTypeFileUseCase downloadFile) {
        this.listTypes = listTypes;
        this.showType = showType;
        this.createType = createType;
        this.reviseType = reviseType;
        this.previewDeletion = previewDeletion;
        this.deleteType = deleteType;
        this.attachFile = attachFile;
        this.removeFile = removeFile;
        this.downloadFile = downloadFile;
    }

    @GET
    public PageResponse<TaskTypeResponse> list(@QueryParam("q") @Size(max = 255) String q,
                                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                               @QueryParam("size") @DefaultValue("25") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return PageResponse.from(listTypes.listTaskTypes(new SearchQuery(q, new PageRequest(page, size))),
                TaskTypeResponse::from);
    }

    @GET
    @Path("{id}")
    public TaskTypeResponse show(@PathParam("id") UUID id) {
        return TaskTypeResponse.from(showType.showTaskType(new TaskTypeId(id)));
    }

    @POST
    public Response create(@Valid @NotNull TaskTypeRequest r, @Context UriInfo uri) {
        TaskType type = createType.createTaskType(new CreateTaskTypeCommand(r.title(), r.shortName(), r.description(),
                LocalTime.parse(r.startTime()), LocalTime.parse(r.endTime()), r.payment(), r.validationNotRequired(),
                r.trusted(), r.sendReminder()));
        return Response.created(uri.getAbsolutePathBuilder().path(type.id().toString()).build())
                .entity(TaskTypeResponse.from(type)).build();
    }

    @PUT
    @Path("{id}")
    public TaskTypeResponse revise(@PathParam("id") UUID id, @Valid @NotNull TaskTypeRequest r) {
        if (r.version() == null) {
            throw new InvalidValueException("version", "constraint.notnull", "version is required when revising");
        }
        return TaskTypeResponse.from(reviseType.reviseTaskType(new ReviseTaskTypeCommand(new TaskTypeId(id), r.title(),
                r.shortName(), r.description(), LocalTime.parse(r.startTime()), LocalTime.parse(r.endTime()),
                r.payment(), r.validationNotRequired(), r.trusted(), r.sendReminder(), r.version())));
    }

    @GET
    @Path("{id}/deletion-preview")
    public ConsequencesResponse deletionPreview(@PathParam("id") UUID id) {
        return ConsequencesResponse.from(previewDeletion.previewTaskTypeDeletion(new TaskTypeId(id)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id, @QueryParam("confirmed") boolean confirmed) {
        deleteType.deleteTaskType(new DeleteTaskTypeCommand(new TaskTypeId(id), confirmed));
        return Response.noContent().build();
    }

    /** Uploads a PDF (form field {@code file}); the content decides whether it is a PDF, not its name or type. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") UUID id, @RestForm("file") FileUpload file, @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidValueException("file", "file.required", "Choose a file to upload");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StoredFile stored = attachFile.attachTaskTypeFile(
                new AttachTaskTypeFileCommand(new TaskTypeId(id), file.fileName(), content));
        return Response.created(uri.getAbsolutePathBuilder().path(stored.id().toString()).build())
                .entity(TaskTypeFileResponse.from(stored)).build();
    }

    /**
     * The file's content, as a download (never rendered inline by the browser). The content type is always the stored
     * file's; JSON is listed so that a client asking for JSON gets the same access checks (401/403/404 as problem+json)
     * instead of a 406 that would hide them.
     */
    @GET
    @Path("{id}/files/{fileId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response download(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
        FileContent content = downloadFile.downloadTaskTypeFile(new TaskTypeId(id), new FileId(fileId));
        String name = URLEncoder.encode(content.file().name(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content.bytes(), content.file().contentType())
                .header("Content-Disposition", "attachment; filename=\"document.pdf\"; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @DELETE
    @Path("{id}/files/{fileId}")
    public Response removeFile(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
        removeFile.removeTaskTypeFile(new RemoveTaskTypeFileCommand(new TaskTypeId(id), new FileId(fileId)));
        return Response.noContent().build();
    }
}
