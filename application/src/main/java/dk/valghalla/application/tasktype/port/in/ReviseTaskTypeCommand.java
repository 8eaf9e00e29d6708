package dk.valghalla.application.tasktype.port.in;

import dk.valghalla.domain.tasktype.TaskTypeId;

import java.time.LocalTime;

/** {@code descriptionHtml} is untrusted HTML as typed; the service sanitizes it. */
public record ReviseTaskTypeCommand(TaskTypeId id, String title, String shortName, String descriptionHtml,
                                    LocalTime startTime, LocalTime endTime, Integer payment,
                                    boolean validationNotRequired, boolean trusted, boolean sendReminder,
                                    long expectedVersion) {
}
