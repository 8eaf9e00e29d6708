package dk.valghalla.domain.shared;

/** A destructive action was asked for without the confirmation that its consequences were seen. */
public class ConfirmationRequiredException extends DomainException {
    private final Consequences consequences;

    public ConfirmationRequiredException(Consequences consequences) {
        super("confirmation.required", "Confirm the consequences first");
        this.consequences = consequences;
    }

    public Consequences consequences() {
        return consequences;
    }
}
