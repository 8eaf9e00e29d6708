package dk.valghalla.application.specialdiet.port.in;

public record CreateSpecialDietCommand(String title) {
}
