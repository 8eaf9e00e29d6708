package dk.valghalla.application.area.port.in;

public record CreateAreaCommand(String name, String description) {
}
