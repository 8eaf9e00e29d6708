package dk.valghalla.application.electiontype.port.in;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.domain.electiontype.ElectionType;

public interface ListElectionTypesUseCase {
    /** The types whose title contains the text, in Danish alphabetical order. */
    Page<ElectionType> listElectionTypes(SearchQuery query);
}
