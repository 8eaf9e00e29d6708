package dk.valghalla.application.election;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.election.port.in.DeactivationReport;
import dk.valghalla.application.election.service.ElectionDeactivationService;
import dk.valghalla.application.election.service.TenantElectionDeactivator;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemoryEndedElections;
import dk.valghalla.application.fakes.InMemoryEndedElections.StoredElection;
import dk.valghalla.application.fakes.InMemoryTenantRegistry;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ElectionDeactivationServiceTest {
    /** 22 November 2026, 00:30 in Copenhagen (23:30 UTC the day before). */
    private static final Instant JUST_AFTER_DANISH_MIDNIGHT = Instant.parse("2026-11-21T23:30:00Z");

    private final TenantContext tenantContext = new TenantContext();
    private final InMemoryTenantRegistry registry = new InMemoryTenantRegistry();
    private final InMemoryEndedElections elections = new InMemoryEndedElections(tenantContext);
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final MutableClock clock = new MutableClock(JUST_AFTER_DANISH_MIDNIGHT);
    private final ElectionDeactivationService service = new ElectionDeactivationService(registry,
            new TenantWork(tenantContext),
            new TenantElectionDeactivator(elections, new AuditTrail(auditLog, FixedCurrentActor.admin(), clock)), clock);

    private Tenant tenant(String id) {
        Tenant t = new Tenant(new TenantId(id), "Kommune " + id, new MunicipalityCode("101"), new Cvr("29189846"),
                Set.of(new HostName(id + ".localhost")), Map.of());
        registry.add(t);
        return t;
    }

    private static StoredElection election(String title, LocalDate periodEnd, boolean active) {
        return new StoredElection(new ElectionId(UUID.randomUUID()), title, periodEnd.minusDays(10), periodEnd, active);
    }

    @Test
    void activeElectionsWhosePeriodEndedBeforeTheDanishTodayAreDeactivatedAndAudited() {
        Tenant a = tenant("a-kommune");
        elections.add(a.id(), election("Ended yesterday", LocalDate.of(2026, 11, 21), true));
        elections.add(a.id(), election("Ends today", LocalDate.of(2026, 11, 22), true));
        elections.add(a.id(), election("Long over, inactive", LocalDate.of(2026, 1, 1), false));

        DeactivationReport report = service.deactivateEndedElections();

        assertThat(report.deactivated()).isEqualTo(1);
        assertThat(elections.of(a.id())).extracting(StoredElection::title, StoredElection::active).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ended yesterday", false),
                org.assertj.core.groups.Tuple.tuple("Ends today", true),
                org.assertj.core.groups.Tuple.tuple("Long over, inactive", false));
        assertThat(auditLog.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ELECTION_DEACTIVATED);
            assertThat(e.actor()).isEqualTo(Actor.SYSTEM);
            assertThat(e.summary()).contains("Ended yesterday").contains("2026-11-21");
        });
    }

    @Test
    void everyMunicipalityIsHandledAndOneFailureDoesNotStopTheOthers() {
        Tenant a = tenant("a-kommune");
        Tenant b = tenant("b-kommune");
        Tenant c = tenant("c-kommune");
        elections.add(a.id(), election("A", LocalDate.of(2026, 11, 1), true));
        elections.add(b.id(), election("B", LocalDate.of(2026, 11, 1), true));
        elections.add(c.id(), election("C", LocalDate.of(2026, 11, 1), true));
        elections.failFor(b.id());

        DeactivationReport report = service.deactivateEndedElections();

        assertThat(report.deactivated()).isEqualTo(2);
        assertThat(report.failedTenants()).containsExactly("b-kommune");
        assertThat(elections.of(a.id())).allMatch(e -> !e.active());
        assertThat(elections.of(c.id())).allMatch(e -> !e.active());
        assertThat(tenantContext.current()).isEmpty();
    }

    @Test
    void runningTwiceChangesNothingTheSecondTime() {
        Tenant a = tenant("a-kommune");
        elections.add(a.id(), election("A", LocalDate.of(2026, 11, 1), true));
        assertThat(service.deactivateEndedElections().deactivated()).isEqualTo(1);
        assertThat(service.deactivateEndedElections().deactivated()).isZero();
        assertThat(auditLog.entries()).hasSize(1);
    }
}
