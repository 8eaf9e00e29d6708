package dk.valghalla.application.task.port.in;

import dk.valghalla.domain.participant.ParticipantId;

import java.util.List;

public interface ListParticipantTasksUseCase {
    /** The seats the participant holds in every election, latest task date first. */
    List<TaskView> listParticipantTasks(ParticipantId participant);
}
