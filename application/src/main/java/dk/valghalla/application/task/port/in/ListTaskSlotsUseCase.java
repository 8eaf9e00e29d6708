package dk.valghalla.application.task.port.in;

import java.util.List;

public interface ListTaskSlotsUseCase {
    /** The election's slots that have seats, by work location (Danish order), day, task type and team. */
    List<TaskSlotView> listTaskSlots(TaskSlotFilter filter);
}
