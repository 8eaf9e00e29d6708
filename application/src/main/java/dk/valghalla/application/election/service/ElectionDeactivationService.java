package dk.valghalla.application.election.service;

import dk.valghalla.application.election.port.in.DeactivateEndedElectionsUseCase;
import dk.valghalla.application.election.port.in.DeactivationReport;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.out.TenantRegistry;
import dk.valghalla.domain.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Deactivates ended elections in every municipality; run by a daily, cluster-safe job. */
@ApplicationScoped
public class ElectionDeactivationService implements DeactivateEndedElectionsUseCase {
    /** Election periods are Danish calendar days. */
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final Logger LOG = Logger.getLogger(ElectionDeactivationService.class.getName());

    private final TenantRegistry tenants;
    private final TenantWork tenantWork;
    private final TenantElectionDeactivator deactivator;
    private final Clock clock;

    public ElectionDeactivationService(TenantRegistry tenants, TenantWork tenantWork, TenantElectionDeactivator deactivator,
                                       Clock clock) {
        this.tenants = tenants;
        this.tenantWork = tenantWork;
        this.deactivator = deactivator;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DeactivationReport deactivateEndedElections() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), DANISH_TIME);
        int deactivated = 0;
        List<String> failed = new ArrayList<>();
        for (Tenant tenant : tenants.findAll()) {
            try {
                deactivated += tenantWork.callAs(tenant, () -> deactivator.deactivateEndedBefore(today));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Deactivating ended elections failed for tenant " + tenant.id(), e);
                failed.add(tenant.id().value());
            }
        }
        return new DeactivationReport(deactivated, failed);
    }
}
