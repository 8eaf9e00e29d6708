package dk.valghalla.application.election.port.in;

public interface DeleteElectionUseCase {
    /** Deletes an inactive election once the person has confirmed the consequences. */
    void deleteElection(DeleteElectionCommand command);
}
