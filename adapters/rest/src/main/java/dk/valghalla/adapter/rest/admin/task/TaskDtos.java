package dk.valghalla.adapter.rest.admin.task;

import com.fasterxml.jackson.annotation.JsonFormat;
import dk.valghalla.adapter.rest.admin.participant.ParticipantListItemResponse.ValidationResponse;
import dk.valghalla.application.task.port.in.TaskSlotView;
import dk.valghalla.application.task.port.in.TaskView;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ValidationStatus;
import dk.valghalla.domain.task.TaskDistribution;
import dk.valghalla.domain.task.TaskStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

/** The request and response bodies of the seat (task) resources. */
final class TaskDtos {
    private TaskDtos() {
    }

    /** The number of seats a slot shall have. */
    record DistributeRequest(@NotNull UUID workLocationId, @NotNull UUID taskTypeId, @NotNull UUID teamId,
                             @NotNull LocalDate taskDate,
                             @NotNull @Min(0) @Max(TaskDistribution.MAX_SEATS_PER_SLOT) Integer count) {
    }

    record AssignRequest(@NotNull UUID participantId, @NotNull Long version) {
    }

    record VersionRequest(@NotNull Long version) {
    }

    record SlotResponse(UUID workLocationId, String workLocationTitle, Integer votingArea, UUID taskTypeId,
                        String taskTypeTitle, UUID teamId, String teamName, LocalDate taskDate, int total, int free,
                        int awaitingReply, int accepted) {
        static SlotResponse from(TaskSlotView v) {
            return new SlotResponse(v.slot().workLocation().value(), v.workLocationTitle(), v.votingArea(),
                    v.slot().taskType().value(), v.taskTypeTitle(), v.slot().team().value(), v.teamName(),
                    v.slot().date(), v.total(), v.free(), v.awaitingReply(), v.accepted());
        }
    }

    /** The person on a seat; {@code validation}: the latest CPR refresh outcome for the seat's election, if any. */
    record HolderResponse(UUID id, String name, boolean addressProtected, ValidationResponse validation) {
    }

    record TaskResponse(UUID id, long version, UUID electionId, UUID workLocationId, String workLocationTitle,
                        UUID taskTypeId, String taskTypeTitle,
                        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime startTime,
                        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime endTime,
                        UUID teamId, String teamName, LocalDate taskDate, TaskStatus status,
                        HolderResponse participant) {
        static TaskResponse from(TaskView v) {
            var t = v.task();
            ParticipantId holder = t.participant().orElse(null);
            return new TaskResponse(t.id().value(), t.version(), t.slot().election().value(),
                    t.slot().workLocation().value(), v.workLocationTitle(), t.slot().taskType().value(),
                    v.taskTypeTitle(), v.startTime(), v.endTime(), t.slot().team().value(), v.teamName(),
                    t.slot().date(), t.status(),
                    holder == null ? null : new HolderResponse(holder.value(), v.participantName(), v.addressProtected(),
                            v.holderCheck() == null ? null : ValidationResponse.of(
                                    ValidationStatus.of(Optional.of(v.holderCheck())), v.holderCheck())));
        }
    }
}
