package dk.valghalla.application.election.port.in;

import dk.valghalla.application.shared.Page;
import dk.valghalla.domain.election.Election;

public interface ListElectionsUseCase {
    /** The latest election day first (the admin's default election is the first of all), then by title. */
    Page<Election> listElections(ListElectionsQuery query);
}
