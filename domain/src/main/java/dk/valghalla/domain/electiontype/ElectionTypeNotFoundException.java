package dk.valghalla.domain.electiontype;

import dk.valghalla.domain.shared.NotFoundException;

public class ElectionTypeNotFoundException extends NotFoundException {
    public ElectionTypeNotFoundException(ElectionTypeId id) {
        super("election_type.not_found", "No election type " + id);
    }
}
