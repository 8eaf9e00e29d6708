package dk.valghalla.domain.shared;

/**
 * A refusal by the domain, named in the domain's language. Every refusal carries a stable {@link #code()}
 * (e.g. {@code area.last_area}) that clients translate; the message is for logs and developers only.
 */
public abstract class DomainException extends RuntimeException {
    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
