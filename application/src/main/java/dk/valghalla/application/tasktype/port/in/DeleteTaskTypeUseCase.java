package dk.valghalla.application.tasktype.port.in;

public interface DeleteTaskTypeUseCase {
    void deleteTaskType(DeleteTaskTypeCommand command);
}
