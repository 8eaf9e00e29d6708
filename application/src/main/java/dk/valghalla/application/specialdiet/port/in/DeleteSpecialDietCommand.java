package dk.valghalla.application.specialdiet.port.in;

import dk.valghalla.domain.specialdiet.SpecialDietId;

public record DeleteSpecialDietCommand(SpecialDietId id, boolean confirmed) {
}
