package dk.valghalla.application.specialdiet.port.in;

import dk.valghalla.domain.specialdiet.SpecialDiet;

public interface CreateSpecialDietUseCase {
    SpecialDiet createSpecialDiet(CreateSpecialDietCommand command);
}
