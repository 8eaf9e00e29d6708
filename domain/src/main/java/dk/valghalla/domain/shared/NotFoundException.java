package dk.valghalla.domain.shared;

/** The object asked for does not exist (in the caller's municipality). */
public abstract class NotFoundException extends DomainException {
    protected NotFoundException(String code, String message) {
        super(code, message);
    }
}
