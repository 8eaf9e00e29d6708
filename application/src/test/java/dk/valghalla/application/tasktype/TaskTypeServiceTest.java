package dk.valghalla.application.tasktype;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.fakes.FakeRichTextSanitizer;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.FixedTaskTypeFileLimits;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemoryTaskTypeRepository;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.application.tasktype.port.in.AttachTaskTypeFileCommand;
import dk.valghalla.application.tasktype.port.in.CreateTaskTypeCommand;
import dk.valghalla.application.tasktype.port.in.DeleteTaskTypeCommand;
import dk.valghalla.application.tasktype.port.in.RemoveTaskTypeFileCommand;
import dk.valghalla.application.tasktype.port.in.ReviseTaskTypeCommand;
import dk.valghalla.application.tasktype.service.TaskTypeService;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.file.FileNotPdfException;
import dk.valghalla.domain.file.FileTooLargeException;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.file.TooManyFilesException;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.tasktype.TaskType;
import dk.valghalla.domain.tasktype.TaskTypeDuplicateException;
import dk.valghalla.domain.tasktype.TaskTypeFileNotFoundException;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.tasktype.TaskTypeNotFoundException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTypeServiceTest {
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final InMemoryTaskTypeRepository types = new InMemoryTaskTypeRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final TaskTypeService service = new TaskTypeService(types, new FakeRichTextSanitizer(),
            new FixedTaskTypeFileLimits(100, 2),
            new AuditTrail(auditLog, FixedCurrentActor.admin(), new MutableClock(Instant.EPOCH)));

    private static CreateTaskTypeCommand command(String title, String shortName, String start, String end) {
        return new CreateTaskTypeCommand(title, shortName, "<p onclick=\"x()\">Mød op</p><script>alert(1)</script>",
                LocalTime.parse(start), LocalTime.parse(end), 800, false, true, true);
    }

    @Test
    void aCreatedTaskTypeHasASanitizedDescriptionAndIsAudited() {
        TaskType type = service.createTaskType(command("Tilforordnet", "TF", "08:00", "20:00"));
        assertThat(type.details().description().html()).isEqualTo("<p>Mød op</p>");
        assertThat(service.listTaskTypes(new SearchQuery("tf", new PageRequest(0, 10))).items())
                .singleElement().extracting(TaskType::title).isEqualTo("Tilforordnet");
        assertThat(auditLog.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.TASK_TYPE_CREATED);
            assertThat(e.summary()).isEqualTo("Tilforordnet (TF) 08:00-20:00, 800 kr., trusted, reminder");
        });
    }

    @Test
    void aDuplicateNeedsTitleShortNameStartAndEndAllEqual() {
        TaskType morning = service.createTaskType(command("Tilforordnet", "TF", "08:00", "14:00"));
        service.createTaskType(command("Tilforordnet", "TF", "14:00", "20:00"));
        assertThatThrownBy(() -> service.createTaskType(command("tilforordnet", "tf", "08:00", "14:00")))
                .isInstanceOf(TaskTypeDuplicateException.class).hasFieldOrPropertyWithValue("code", "task_type.duplicate");
        assertThatThrownBy(() -> service.reviseTaskType(new ReviseTaskTypeCommand(morning.id(), "Tilforordnet", "TF",
                null, LocalTime.of(14, 0), LocalTime.of(20, 0), null, false, false, false, 0)))
                .isInstanceOf(TaskTypeDuplicateException.class);
    }

    @Test
    void revisingChecksTheVersion() {
        TaskType type = service.createTaskType(command("Fintæller", "FT", "17:00", "23:00"));
        TaskType revised = service.reviseTaskType(new ReviseTaskTypeCommand(type.id(), "Fintæller", "FT", "<em>x</em>",
                LocalTime.of(17, 0), LocalTime.of(23, 59), null, true, false, false, 0));
        assertThat(revised.version()).isEqualTo(1);
        assertThat(revised.details().payment()).isNull();
        assertThat(revised.details().validationNotRequired()).isTrue();
        assertThatThrownBy(() -> service.reviseTaskType(new ReviseTaskTypeCommand(type.id(), "Fintæller", "FT", null,
                LocalTime.of(17, 0), LocalTime.of(23, 59), null, true, false, false, 0)))
                .isInstanceOf(ConcurrentModificationException.class)
                .hasFieldOrPropertyWithValue("code", "task_type.modified_concurrently");
        assertThat(auditLog.entries()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.TASK_TYPE_CREATED, AuditAction.TASK_TYPE_UPDATED);
    }

    @Test
    void onlyRealPdfsWithinTheLimitsAreAttached() {
        TaskType type = service.createTaskType(command("Valgstyrer", "VS", "07:00", "22:00"));
        StoredFile guide = service.attachTaskTypeFile(new AttachTaskTypeFileCommand(type.id(), "guide.pdf", PDF));
        assertThat(service.showTaskType(type.id()).files()).containsExactly(guide);
        assertThat(service.downloadTaskTypeFile(type.id(), guide.id()).bytes()).isEqualTo(PDF);

        assertThatThrownBy(() -> service.attachTaskTypeFile(new AttachTaskTypeFileCommand(type.id(), "evil.pdf",
                "<html>".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(FileNotPdfException.class);
        assertThatThrownBy(() -> service.attachTaskTypeFile(new AttachTaskTypeFileCommand(type.id(), "big.pdf",
                new byte[101]))).isInstanceOf(FileTooLargeException.class);
        service.attachTaskTypeFile(new AttachTaskTypeFileCommand(type.id(), "second.pdf", PDF));
        assertThatThrownBy(() -> service.attachTaskTypeFile(new AttachTaskTypeFileCommand(type.id(), "third.pdf", PDF)))
                .isInstanceOf(TooManyFilesException.class);
        assertThatThrownBy(() -> service.attachTaskTypeFile(
                new AttachTaskTypeFileCommand(TaskTypeId.newId(), "x.pdf", PDF))).isInstanceOf(TaskTypeNotFoundException.class);

        service.removeTaskTypeFile(new RemoveTaskTypeFileCommand(type.id(), guide.id()));
        assertThat(service.showTaskType(type.id()).files()).extracting(StoredFile::name).containsExactly("second.pdf");
        assertThat(auditLog.entries()).extracting(AuditEntry::action).containsExactly(AuditAction.TASK_TYPE_CREATED,
                AuditAction.TASK_TYPE_FILE_ADDED, AuditAction.TASK_TYPE_FILE_ADDED, AuditAction.TASK_TYPE_FILE_REMOVED);
    }

    @Test
    void aFileIsOnlyReachedThroughItsOwnTaskType() {
        TaskType a = service.createTaskType(command("Valgstyrer", "VS", "07:00", "22:00"));
        TaskType b = service.createTaskType(command("Tilforordnet", "TF", "08:00", "20:00"));
        StoredFile guide = service.attachTaskTypeFile(new AttachTaskTypeFileCommand(a.id(), "guide.pdf", PDF));
        assertThatThrownBy(() -> service.downloadTaskTypeFile(b.id(), guide.id()))
                .isInstanceOf(TaskTypeFileNotFoundException.class);
        assertThatThrownBy(() -> service.removeTaskTypeFile(new RemoveTaskTypeFileCommand(b.id(), guide.id())))
                .isInstanceOf(TaskTypeFileNotFoundException.class);
        assertThatThrownBy(() -> service.downloadTaskTypeFile(a.id(), FileId.newId()))
                .isInstanceOf(TaskTypeFileNotFoundException.class);
    }

    @Test
    void aTaskTypeIsDeletedWithItsFilesOnlyWhenConfirmed() {
        TaskType type = service.createTaskType(command("Valgstyrer", "VS", "07:00", "22:00"));
        service.attachTaskTypeFile(new AttachTaskTypeFileCommand(type.id(), "guide.pdf", PDF));
        assertThat(service.previewTaskTypeDeletion(type.id()).allowed()).isTrue();
        assertThatThrownBy(() -> service.deleteTaskType(new DeleteTaskTypeCommand(type.id(), false)))
                .isInstanceOf(ConfirmationRequiredException.class);
        service.deleteTaskType(new DeleteTaskTypeCommand(type.id(), true));
        assertThat(service.listTaskTypes(new SearchQuery(null, new PageRequest(0, 10))).total()).isZero();
        assertThat(types.storedFileCount()).isZero();
        assertThat(auditLog.entries()).last().extracting(AuditEntry::action).isEqualTo(AuditAction.TASK_TYPE_DELETED);
    }

    @Test
    void aTaskTypeDoneAtALocationOfAnActiveElectionIsNotDeleted() {
        TaskType type = service.createTaskType(command("Valgstyrer", "VS", "07:00", "22:00"));
        types.useAt(type.id(), 1, 2);
        assertThat(service.previewTaskTypeDeletion(type.id()).blockers()).extracting(c -> c.code())
                .containsExactly("task_type.in_active_election");
        assertThatThrownBy(() -> service.deleteTaskType(new DeleteTaskTypeCommand(type.id(), true)))
                .isInstanceOf(dk.valghalla.domain.tasktype.TaskTypeInActiveElectionException.class);
        types.useAt(type.id(), 0, 2);
        assertThatThrownBy(() -> service.deleteTaskType(new DeleteTaskTypeCommand(type.id(), false)))
                .isInstanceOfSatisfying(ConfirmationRequiredException.class, e -> assertThat(e.consequences().warnings())
                        .extracting(c -> c.code()).containsExactly("task_type.removed_from_work_locations"));
        service.deleteTaskType(new DeleteTaskTypeCommand(type.id(), true));
        assertThat(service.listTaskTypes(new SearchQuery(null, new PageRequest(0, 10))).total()).isZero();
    }
}
