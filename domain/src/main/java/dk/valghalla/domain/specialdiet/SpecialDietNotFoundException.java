package dk.valghalla.domain.specialdiet;

import dk.valghalla.domain.shared.NotFoundException;

public class SpecialDietNotFoundException extends NotFoundException {
    public SpecialDietNotFoundException(SpecialDietId id) {
        super("special_diet.not_found", "No special diet " + id);
    }
}
