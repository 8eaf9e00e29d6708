package dk.valghalla.domain.tasktype;

import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.file.TooManyFilesException;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.shared.RichText;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTypeTest {
    static TaskTypeDetails details(String title, String shortName, String start, String end) {
        return new TaskTypeDetails(title, shortName, RichText.fromSanitizedHtml("<p>Mød op</p>"), LocalTime.parse(start),
                LocalTime.parse(end), 800, false, true, true);
    }

    private static StoredFile file() {
        return new StoredFile(FileId.newId(), "guide.pdf", "application/pdf", 10, "0".repeat(64));
    }

    @Test
    void aTaskTypeKeepsItsDetails() {
        TaskType type = TaskType.create(details(" Tilforordnet ", "TF", "08:00", "20:00"));
        assertThat(type.title()).isEqualTo("Tilforordnet");
        assertThat(type.details().shortName()).isEqualTo("TF");
        assertThat(type.details().payment()).isEqualTo(800);
        assertThat(type.details().trusted()).isTrue();
        assertThat(type.consequencesOfDeletion(TaskTypeDeletionFacts.UNUSED).allowed()).isTrue();
    }

    @Test
    void aTaskTypeDoneAtALocationOfAnActiveElectionCannotBeDeleted() {
        TaskType type = TaskType.create(details("Tilforordnet", "TF", "08:00", "20:00"));
        var blocked = type.consequencesOfDeletion(new TaskTypeDeletionFacts(1, 3));
        assertThat(blocked.blockers()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("task_type.in_active_election");
            assertThat(c.params()).containsEntry("count", "1");
        });
        assertThatThrownBy(() -> type.ensureDeletable(new TaskTypeDeletionFacts(1, 3)))
                .isInstanceOf(TaskTypeInActiveElectionException.class)
                .hasFieldOrPropertyWithValue("code", "task_type.in_active_election");
        var allowed = type.consequencesOfDeletion(new TaskTypeDeletionFacts(0, 3));
        assertThat(allowed.allowed()).isTrue();
        assertThat(allowed.warnings()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("task_type.removed_from_work_locations");
            assertThat(c.params()).containsEntry("count", "3");
        });
        type.ensureDeletable(new TaskTypeDeletionFacts(0, 3));
    }

    @Test
    void theTaskEndsAfterItStartsOnTheSameDay() {
        assertThatThrownBy(() -> details("Fintæller", "FT", "17:00", "17:00"))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "endTime")
                .hasFieldOrPropertyWithValue("code", "task_type.end_not_after_start");
        assertThatThrownBy(() -> details("Fintæller", "FT", "17:00", "01:00")).isInstanceOf(InvalidValueException.class);
        assertThat(details("Fintæller", "FT", "17:00", "23:59").endTime()).isEqualTo(LocalTime.of(23, 59));
    }

    @Test
    void textsAndPaymentAreChecked() {
        assertThatThrownBy(() -> details("Tilforordnet", "x".repeat(51), "08:00", "20:00"))
                .hasFieldOrPropertyWithValue("field", "shortName").hasFieldOrPropertyWithValue("code", "text.too_long");
        assertThatThrownBy(() -> details(" ", "TF", "08:00", "20:00")).hasFieldOrPropertyWithValue("field", "title");
        assertThatThrownBy(() -> new TaskTypeDetails("T", "T", null, LocalTime.NOON, LocalTime.MIDNIGHT.minusMinutes(1),
                -1, false, false, false)).hasFieldOrPropertyWithValue("code", "number.negative");
        assertThat(new TaskTypeDetails("T", "T", null, LocalTime.NOON, LocalTime.of(13, 0), null, false, false, false)
                .description()).isEqualTo(RichText.EMPTY);
    }

    @Test
    void duplicatesNeedTitleShortNameStartAndEndAllEqual() {
        TaskTypeDetails morning = details("Tilforordnet", "TF", "08:00", "14:00");
        assertThat(morning.duplicates(details("TILFORORDNET", "tf", "08:00", "14:00"))).isTrue();
        assertThat(morning.duplicates(details("Tilforordnet", "TF", "14:00", "20:00"))).isFalse();
        assertThat(morning.duplicates(details("Tilforordnet", "TF2", "08:00", "14:00"))).isFalse();
    }

    @Test
    void atMostTheAllowedNumberOfFilesCanBeAttachedAndDetached() {
        TaskType type = TaskType.create(details("Valgstyrer", "VS", "07:00", "22:00"));
        StoredFile first = file();
        type.attach(first, 2);
        type.attach(file(), 2);
        assertThatThrownBy(() -> type.attach(file(), 2)).isInstanceOf(TooManyFilesException.class)
                .hasFieldOrPropertyWithValue("code", "file.too_many");
        assertThat(type.detach(first.id())).isEqualTo(first);
        assertThat(type.files()).hasSize(1);
        assertThatThrownBy(() -> type.detach(first.id())).isInstanceOf(TaskTypeFileNotFoundException.class)
                .hasFieldOrPropertyWithValue("code", "task_type.file_not_found");
    }

    @Test
    void aTaskTypeWithSeatsCannotBeDeletedUntilTheyAreCountedDown() {
        TaskType type = TaskType.create(details("Tilforordnet", "TF", "08:00", "20:00"));
        assertThat(type.consequencesOfDeletion(new TaskTypeDeletionFacts(0, 2, 5)).blockers()).singleElement()
                .satisfies(c -> assertThat(c.code() + "=" + c.params().get("count")).isEqualTo("task_type.has_tasks=5"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> type.ensureDeletable(new TaskTypeDeletionFacts(0, 2, 5)))
                .extracting("code").isEqualTo("task_type.has_tasks");
    }
}
