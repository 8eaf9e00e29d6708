package dk.valghalla.archfixture.application.bad.port.in;

public record BadCommand(String value) {
}
