package dk.valghalla.application.team.port.in;

public record CreateTeamCommand(String name, String shortName, String description) {
}
