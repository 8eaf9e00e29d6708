package dk.valghalla.application.webcontent.port.in;

/** Removes the municipality's logo ({@code logo.not_found} if there is none). */
public interface RemoveContactLogoUseCase {
    void removeContactLogo();
}
