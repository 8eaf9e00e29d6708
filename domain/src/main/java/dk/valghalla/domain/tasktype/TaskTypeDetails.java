package dk.valghalla.domain.tasktype;

import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.shared.RichText;
import dk.valghalla.domain.shared.Texts;

import java.time.LocalTime;
import java.util.Objects;

/**
 * What an admin states about a task type (<i>opgavetype</i>): its title, the short name shown in grids, the
 * description participants read, the time of day it runs (start before end, within one day), the payment in whole
 * Danish kroner (none = not stated), and its flags.
 *
 * @param validationNotRequired the participant is not checked against the election type's eligibility rules
 * @param trusted               <i>betroet</i>: never offered in open task lists, only by invitation or a direct link
 * @param sendReminder          participants get a reminder before the task
 */
public record TaskTypeDetails(String title, String shortName, RichText description, LocalTime startTime,
                              LocalTime endTime, Integer payment, boolean validationNotRequired, boolean trusted,
                              boolean sendReminder) {
    public static final int TITLE_MAX = 255;
    public static final int SHORT_NAME_MAX = 50;

    public TaskTypeDetails {
        title = Texts.required("title", title, TITLE_MAX);
        shortName = Texts.required("shortName", shortName, SHORT_NAME_MAX);
        description = Objects.requireNonNullElse(description, RichText.EMPTY);
        if (startTime == null) {
            throw new InvalidValueException("startTime", "time.required", "startTime is required");
        }
        if (endTime == null) {
            throw new InvalidValueException("endTime", "time.required", "endTime is required");
        }
        startTime = startTime.withSecond(0).withNano(0);
        endTime = endTime.withSecond(0).withNano(0);
        if (!startTime.isBefore(endTime)) {
            throw new InvalidValueException("endTime", "task_type.end_not_after_start",
                    "The task must end after it starts, on the same day");
        }
        if (payment != null && payment < 0) {
            throw new InvalidValueException("payment", "number.negative", "payment must not be negative");
        }
    }

    /** Two task types are duplicates only when title, short name, start and end time are all the same. */
    public boolean duplicates(TaskTypeDetails other) {
        return title.equalsIgnoreCase(other.title) && shortName.equalsIgnoreCase(other.shortName)
                && startTime.equals(other.startTime) && endTime.equals(other.endTime);
    }
}
