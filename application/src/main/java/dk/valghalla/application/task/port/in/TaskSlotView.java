package dk.valghalla.application.task.port.in;

import dk.valghalla.domain.task.TaskSlot;

/**
 * A slot with its names and how its seats stand.
 *
 * @param votingArea the work location's voting-area number (<i>afstemningsområde</i>), null when not stated
 */
public record TaskSlotView(TaskSlot slot, String workLocationTitle, Integer votingArea, String taskTypeTitle,
                           String teamName, int total, int free, int awaitingReply, int accepted) {
}
