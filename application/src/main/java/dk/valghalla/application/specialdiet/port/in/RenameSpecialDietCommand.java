package dk.valghalla.application.specialdiet.port.in;

import dk.valghalla.domain.specialdiet.SpecialDietId;

public record RenameSpecialDietCommand(SpecialDietId id, String title, long expectedVersion) {
}
