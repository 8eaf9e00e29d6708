package dk.valghalla.application.specialdiet.port.in;

import dk.valghalla.domain.specialdiet.SpecialDiet;

public interface RenameSpecialDietUseCase {
    SpecialDiet renameSpecialDiet(RenameSpecialDietCommand command);
}
