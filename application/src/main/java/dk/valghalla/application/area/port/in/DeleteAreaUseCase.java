package dk.valghalla.application.area.port.in;

public interface DeleteAreaUseCase {
    void deleteArea(DeleteAreaCommand command);
}
