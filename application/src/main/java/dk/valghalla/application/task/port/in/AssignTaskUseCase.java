package dk.valghalla.application.task.port.in;

public interface AssignTaskUseCase {
    TaskView assignTask(AssignTaskCommand command);
}
