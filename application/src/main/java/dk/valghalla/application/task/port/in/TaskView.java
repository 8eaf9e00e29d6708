package dk.valghalla.application.task.port.in;

import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.task.Task;

import java.time.LocalTime;

/**
 * A seat with the names an admin reads.
 *
 * @param participantName null for a free seat
 */
public record TaskView(Task task, String workLocationTitle, String taskTypeTitle, LocalTime startTime,
                       LocalTime endTime, String teamName, ParticipantId participant, String participantName,
                       boolean addressProtected) {
}
