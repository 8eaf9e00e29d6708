package dk.valghalla.adapter.rest.admin.tasktype;

import dk.valghalla.domain.tasktype.TaskType;
import dk.valghalla.domain.tasktype.TaskTypeDetails;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** A task type; {@code description} is the sanitized HTML; times are "HH:mm". */
public record TaskTypeResponse(UUID id, String title, String shortName, String description, String startTime,
                               String endTime, Integer payment, boolean validationNotRequired, boolean trusted,
                               boolean sendReminder, List<TaskTypeFileResponse> files, long version) {
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    static TaskTypeResponse from(TaskType type) {
        TaskTypeDetails d = type.details();
        return new TaskTypeResponse(type.id().value(), d.title(), d.shortName(), d.description().html(),
                HH_MM.format(d.startTime()), HH_MM.format(d.endTime()), d.payment(), d.validationNotRequired(),
                d.trusted(), d.sendReminder(), type.files().stream().map(TaskTypeFileResponse::from).toList(),
                type.version());
    }
}
