package dk.valghalla.application.task.port.in;

import java.util.List;

public interface ListTasksUseCase {
    /** The election's seats in slot order; within a slot held seats come first. */
    List<TaskView> listTasks(TaskSlotFilter filter);
}
