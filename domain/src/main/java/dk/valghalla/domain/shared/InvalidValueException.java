package dk.valghalla.domain.shared;

/** A value that can never be valid, whatever the state (a malformed CVR number, an empty name, ...). */
public class InvalidValueException extends DomainException {
    private final String field;

    public InvalidValueException(String field, String code, String message) {
        super(code, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
