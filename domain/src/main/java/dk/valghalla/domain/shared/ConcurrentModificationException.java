package dk.valghalla.domain.shared;

/** Somebody else changed the object since the caller read it; the caller must reload and try again. */
public class ConcurrentModificationException extends RuleViolationException {
    public ConcurrentModificationException(String objectType, Object id) {
        super(objectType + ".modified_concurrently", objectType + " " + id + " was changed by somebody else");
    }
}
