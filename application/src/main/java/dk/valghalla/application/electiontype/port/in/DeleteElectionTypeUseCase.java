package dk.valghalla.application.electiontype.port.in;

public interface DeleteElectionTypeUseCase {
    void deleteElectionType(DeleteElectionTypeCommand command);
}
