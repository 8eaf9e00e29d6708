package dk.valghalla.application.worklocation.port.in;

public interface DeleteWorkLocationUseCase {
    void deleteWorkLocation(DeleteWorkLocationCommand command);
}
