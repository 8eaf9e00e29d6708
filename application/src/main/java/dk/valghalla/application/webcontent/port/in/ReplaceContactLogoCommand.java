package dk.valghalla.application.webcontent.port.in;

/** An uploaded file: the name the browser gave it (not trusted) and its content. */
public record ReplaceContactLogoCommand(String fileName, byte[] content) {
}
