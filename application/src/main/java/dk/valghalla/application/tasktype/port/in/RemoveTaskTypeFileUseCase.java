package dk.valghalla.application.tasktype.port.in;

public interface RemoveTaskTypeFileUseCase {
    void removeTaskTypeFile(RemoveTaskTypeFileCommand command);
}
