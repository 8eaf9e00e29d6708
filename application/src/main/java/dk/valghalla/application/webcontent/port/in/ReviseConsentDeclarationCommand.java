package dk.valghalla.application.webcontent.port.in;

/** @param text plain text; @param expectedVersion 0 when never saved */
public record ReviseConsentDeclarationCommand(String text, boolean active, long expectedVersion) {
}
