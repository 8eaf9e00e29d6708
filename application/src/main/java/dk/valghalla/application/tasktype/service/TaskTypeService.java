package dk.valghalla.application.tasktype.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.application.shared.port.out.RichTextSanitizer;
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
import dk.valghalla.application.tasktype.port.out.TaskTypeFileLimits;
import dk.valghalla.application.tasktype.port.out.TaskTypeRepository;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.file.FileContent;
import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.file.PdfDocument;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.tasktype.TaskType;
import dk.valghalla.domain.tasktype.TaskTypeDeletionFacts;
import dk.valghalla.domain.tasktype.TaskTypeDetails;
import dk.valghalla.domain.tasktype.TaskTypeDuplicateException;
import dk.valghalla.domain.tasktype.TaskTypeFileNotFoundException;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.tasktype.TaskTypeNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalTime;

/** The task-type (<i>opgavetype</i>) use cases with their files; every change is audited in the same transaction. */
@ApplicationScoped
public class TaskTypeService implements ListTaskTypesUseCase, ShowTaskTypeUseCase, CreateTaskTypeUseCase,
        ReviseTaskTypeUseCase, PreviewTaskTypeDeletionUseCase, DeleteTaskTypeUseCase, AttachTaskTypeFileUseCase,
        RemoveTaskTypeFileUseCase, DownloadTaskTypeFileUseCase {
    static final String OBJECT_TYPE = "TASK_TYPE";

    private final TaskTypeRepository types;
    private final RichTextSanitizer sanitizer;
    private final TaskTypeFileLimits limits;
    private final AuditTrail auditTrail;

    public TaskTypeService(TaskTypeRepository types, RichTextSanitizer sanitizer, TaskTypeFileLimits limits,
                           AuditTrail auditTrail) {
        this.types = types;
        this.sanitizer = sanitizer;
        this.limits = limits;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional
    public Page<TaskType> listTaskTypes(SearchQuery query) {
        return types.search(query.text(), query.page());
    }

    @Override
    @Transactional
    public TaskType showTaskType(TaskTypeId id) {
        return types.findById(id).orElseThrow(() -> new TaskTypeNotFoundException(id));
    }

    @Override
    @Transactional
    public TaskType createTaskType(CreateTaskTypeCommand c) {
        TaskType type = TaskType.create(details(c.title(), c.shortName(), c.descriptionHtml(), c.startTime(),
                c.endTime(), c.payment(), c.validationNotRequired(), c.trusted(), c.sendReminder()));
        if (types.duplicateExists(type.details(), null)) {
            throw new TaskTypeDuplicateException(type.details());
        }
        types.add(type);
        auditTrail.record(AuditAction.TASK_TYPE_CREATED, OBJECT_TYPE, type.id(), describe(type));
        return type;
    }

    @Override
    @Transactional
    public TaskType reviseTaskType(ReviseTaskTypeCommand c) {
        TaskType type = showTaskType(c.id());
        if (type.version() != c.expectedVersion()) {
            throw new ConcurrentModificationException("task_type", type.id());
        }
        type.revise(details(c.title(), c.shortName(), c.descriptionHtml(), c.startTime(), c.endTime(), c.payment(),
                c.validationNotRequired(), c.trusted(), c.sendReminder()));
        if (types.duplicateExists(type.details(), type.id())) {
            throw new TaskTypeDuplicateException(type.details());
        }
        types.update(type);
        auditTrail.record(AuditAction.TASK_TYPE_UPDATED, OBJECT_TYPE, type.id(), describe(type));
        return showTaskType(type.id());
    }

    @Override
    @Transactional
    public Consequences previewTaskTypeDeletion(TaskTypeId id) {
        return showTaskType(id).consequencesOfDeletion(types.deletionFacts(id));
    }

    @Override
    @Transactional
    public void deleteTaskType(DeleteTaskTypeCommand command) {
        TaskType type = types.lockById(command.id()).orElseThrow(() -> new TaskTypeNotFoundException(command.id()));
        TaskTypeDeletionFacts facts = types.deletionFacts(type.id());
        type.ensureDeletable(facts);
        if (!command.confirmed()) {
            throw new ConfirmationRequiredException(type.consequencesOfDeletion(facts));
        }
        types.remove(type.id());
        auditTrail.record(AuditAction.TASK_TYPE_DELETED, OBJECT_TYPE, type.id(), describe(type));
    }

    @Override
    @Transactional
    public StoredFile attachTaskTypeFile(AttachTaskTypeFileCommand command) {
        PdfDocument pdf = PdfDocument.of(command.fileName(), command.content(), limits.maxFileBytes());
        TaskType type = types.lockById(command.taskTypeId())
                .orElseThrow(() -> new TaskTypeNotFoundException(command.taskTypeId()));
        type.attach(pdf.file(), limits.maxFilesPerTaskType());
        types.addFile(type.id(), pdf.file(), pdf.content());
        auditTrail.record(AuditAction.TASK_TYPE_FILE_ADDED, OBJECT_TYPE, type.id(), describe(type, pdf.file()));
        return pdf.file();
    }

    @Override
    @Transactional
    public void removeTaskTypeFile(RemoveTaskTypeFileCommand command) {
        TaskType type = types.lockById(command.taskTypeId())
                .orElseThrow(() -> new TaskTypeNotFoundException(command.taskTypeId()));
        StoredFile file = type.detach(command.fileId());
        types.removeFile(type.id(), file.id());
        auditTrail.record(AuditAction.TASK_TYPE_FILE_REMOVED, OBJECT_TYPE, type.id(), describe(type, file));
    }

    @Override
    @Transactional
    public FileContent downloadTaskTypeFile(TaskTypeId taskTypeId, FileId fileId) {
        showTaskType(taskTypeId);
        return types.loadFile(taskTypeId, fileId).orElseThrow(() -> new TaskTypeFileNotFoundException(taskTypeId, fileId));
    }

    private TaskTypeDetails details(String title, String shortName, String html, LocalTime start, LocalTime end,
                                    Integer payment, boolean validationNotRequired, boolean trusted, boolean reminder) {
        return new TaskTypeDetails(title, shortName, sanitizer.sanitize(html), start, end, payment,
                validationNotRequired, trusted, reminder);
    }

    /** "Tilforordnet (TF) 08:00-20:00, 800 kr., trusted" for the audit log. */
    private static String describe(TaskType type) {
        TaskTypeDetails d = type.details();
        return d.title() + " (" + d.shortName() + ") " + d.startTime() + "-" + d.endTime()
                + (d.payment() == null ? "" : ", " + d.payment() + " kr.")
                + (d.trusted() ? ", trusted" : "")
                + (d.validationNotRequired() ? ", validation not required" : "")
                + (d.sendReminder() ? ", reminder" : "");
    }

    /** "Tilforordnet: guide.pdf (1234 bytes, SHA-256 ab12…)" for the audit log. */
    private static String describe(TaskType type, StoredFile file) {
        return type.title() + ": " + file.name() + " (" + file.size() + " bytes, SHA-256 " + file.sha256() + ")";
    }
}
