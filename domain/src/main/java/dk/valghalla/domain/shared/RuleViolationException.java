package dk.valghalla.domain.shared;

/** The request is well-formed, but a business rule forbids it in the current state. */
public abstract class RuleViolationException extends DomainException {
    protected RuleViolationException(String code, String message) {
        super(code, message);
    }
}
