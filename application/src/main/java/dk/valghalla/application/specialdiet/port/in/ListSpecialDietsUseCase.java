package dk.valghalla.application.specialdiet.port.in;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.domain.specialdiet.SpecialDiet;

public interface ListSpecialDietsUseCase {
    /** The diets whose title contains the text, in Danish alphabetical order. */
    Page<SpecialDiet> listSpecialDiets(SearchQuery query);
}
