package dk.valghalla.application.task.port.in;

public interface ReleaseTaskUseCase {
    /** Takes the person off the seat; the seat is free again. */
    TaskView releaseTask(TaskVersionCommand command);
}
