package dk.valghalla.application.webcontent.port.in;

/** @param contentHtml untrusted HTML, sanitized by the use case; @param expectedVersion 0 when never saved */
public record ReviseFaqCommand(String contentHtml, boolean active, long expectedVersion) {
}
