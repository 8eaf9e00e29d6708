package dk.valghalla.application.team.port.in;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.domain.team.Team;

public interface ListTeamsUseCase {
    /** The teams whose name or short name contains the text, in Danish alphabetical order of their names. */
    Page<Team> listTeams(SearchQuery query);
}
