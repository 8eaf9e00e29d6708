package dk.valghalla.archfixture.application.bad.port.in;

public interface HandleBadUseCase {
    void handle(BadCommand command);
}
