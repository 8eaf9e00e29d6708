package dk.valghalla.domain.tenant;

import dk.valghalla.domain.shared.RuleViolationException;

public class HostNameAlreadyUsedException extends RuleViolationException {
    public HostNameAlreadyUsedException(HostName host) {
        super("tenant.host_taken", "Host name " + host + " already belongs to a tenant");
    }
}
