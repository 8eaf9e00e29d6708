package dk.valghalla.application.task.port.in;

import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.task.Task;

import java.time.LocalTime;

/**
 * A seat with the names an admin reads.
 *
 * @param participantName null for a free seat
 * @param holderCheck     the latest CPR refresh outcome of the person on the seat for the seat's election (judged on
 *                        the person's seats there), or null when there is none or it was not asked for
 */
public record TaskView(Task task, String workLocationTitle, String taskTypeTitle, LocalTime startTime,
                       LocalTime endTime, String teamName, String participantName,
                       boolean addressProtected, ParticipantValidation holderCheck) {
}
