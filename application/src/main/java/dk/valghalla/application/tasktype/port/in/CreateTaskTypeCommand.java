package dk.valghalla.application.tasktype.port.in;

import java.time.LocalTime;

/** {@code descriptionHtml} is untrusted HTML as typed; the service sanitizes it. */
public record CreateTaskTypeCommand(String title, String shortName, String descriptionHtml, LocalTime startTime,
                                    LocalTime endTime, Integer payment, boolean validationNotRequired, boolean trusted,
                                    boolean sendReminder) {
}
