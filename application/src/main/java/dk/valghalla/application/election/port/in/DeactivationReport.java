package dk.valghalla.application.election.port.in;

import java.util.List;

/**
 * @param deactivated how many elections were deactivated, in all municipalities
 * @param failedTenants the municipalities (tenant ids) where it failed; they are tried again at the next run
 */
public record DeactivationReport(int deactivated, List<String> failedTenants) {
    public DeactivationReport {
        failedTenants = List.copyOf(failedTenants);
    }
}
