package dk.valghalla.application.specialdiet.port.in;

public interface DeleteSpecialDietUseCase {
    void deleteSpecialDiet(DeleteSpecialDietCommand command);
}
