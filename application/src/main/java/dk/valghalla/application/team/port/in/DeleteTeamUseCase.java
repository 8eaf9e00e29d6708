package dk.valghalla.application.team.port.in;

public interface DeleteTeamUseCase {
    void deleteTeam(DeleteTeamCommand command);
}
