package dk.valghalla.domain.election;

import dk.valghalla.domain.shared.NotFoundException;

public class ElectionNotFoundException extends NotFoundException {
    public ElectionNotFoundException(ElectionId id) {
        super("election.not_found", "No election " + id);
    }
}
