package dk.valghalla.application.specialdiet.port.in;

import dk.valghalla.domain.specialdiet.SpecialDiet;
import dk.valghalla.domain.specialdiet.SpecialDietId;

public interface ShowSpecialDietUseCase {
    SpecialDiet showSpecialDiet(SpecialDietId id);
}
