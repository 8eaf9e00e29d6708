package dk.valghalla.application.tenant;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemoryTenantRegistry;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.fakes.RecordingTenantSchemas;
import dk.valghalla.application.tenant.port.in.RegisterTenantCommand;
import dk.valghalla.application.tenant.service.TenantDirectoryService;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.HostNameAlreadyUsedException;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantAlreadyExistsException;
import dk.valghalla.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantDirectoryServiceTest {
    private final InMemoryTenantRegistry registry = new InMemoryTenantRegistry();
    private final RecordingTenantSchemas schemas = new RecordingTenantSchemas();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final TenantContext tenantContext = new TenantContext();
    private final TenantDirectoryService directory = new TenantDirectoryService(registry, schemas,
            new TenantWork(tenantContext), new AuditTrail(auditLog, FixedCurrentActor.admin(), clock), clock);

    private static RegisterTenantCommand demo(String id, String... hosts) {
        return new RegisterTenantCommand(new TenantId(id), "Kommune " + id, new MunicipalityCode("999"),
                new Cvr("64942212"), Set.of(hosts).stream().map(HostName::new).collect(java.util.stream.Collectors.toSet()),
                Map.of(), Actor.OPERATOR);
    }

    @Test
    void registeringPreparesTheSchemaStoresTheTenantAndAuditsInItsOwnLog() {
        Tenant t = directory.registerTenant(demo("demo", "localhost", "demo.localhost"));
        assertThat(schemas.prepared()).containsExactly(new TenantId("demo"));
        assertThat(registry.findAll()).containsExactly(t);
        assertThat(auditLog.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.TENANT_REGISTERED);
            assertThat(e.objectId()).isEqualTo("demo");
            assertThat(e.actor()).as("registered by the operator, not by whoever is signed in").isEqualTo(Actor.OPERATOR);
        });
        assertThat(tenantContext.current()).as("the tenant is left again after registration").isEmpty();
    }

    @Test
    void aRegisteredTenantIsResolvedFromAnyOfItsHostsAtOnce() {
        Tenant t = directory.registerTenant(demo("demo", "localhost", "demo.localhost"));
        assertThat(directory.cachedTenantAt(new HostName("demo.localhost"))).contains(t);
        assertThat(directory.tenantAt(new HostName("LOCALHOST"))).contains(t);
        assertThat(directory.tenantAt(new HostName("unknown.localhost"))).isEmpty();
        assertThat(directory.tenantAt(null)).isEmpty();
    }

    @Test
    void aTenantAddedElsewhereIsFoundAfterTheReloadInterval() {
        directory.prepareAllTenantSchemas();
        registry.add(new Tenant(new TenantId("other"), "Anden", new MunicipalityCode("101"), new Cvr("64942212"),
                Set.of(new HostName("other.localhost")), Map.of()));
        assertThat(directory.tenantAt(new HostName("other.localhost"))).isEmpty();
        clock.advance(Duration.ofSeconds(6));
        assertThat(directory.tenantAt(new HostName("other.localhost"))).isPresent();
    }

    @Test
    void unknownHostsDoNotHitTheRegistryMoreThanOncePerInterval() {
        directory.prepareAllTenantSchemas();
        int before = registry.reads();
        for (int i = 0; i < 100; i++) {
            directory.tenantAt(new HostName("attacker" + i + ".example"));
        }
        assertThat(registry.reads() - before).isLessThanOrEqualTo(1);
    }

    @Test
    void aTenantIdCanBeRegisteredOnlyOnce() {
        directory.registerTenant(demo("demo", "localhost"));
        assertThatThrownBy(() -> directory.registerTenant(demo("demo", "demo2.localhost")))
                .isInstanceOf(TenantAlreadyExistsException.class);
    }

    @Test
    void aHostBelongsToOneTenantOnly() {
        directory.registerTenant(demo("demo", "localhost"));
        assertThatThrownBy(() -> directory.registerTenant(demo("nabo", "nabo.localhost", "localhost")))
                .isInstanceOf(HostNameAlreadyUsedException.class);
        assertThat(schemas.prepared()).containsExactly(new TenantId("demo"));
    }

    @Test
    void startUpPreparesEverySchema() {
        registry.add(new Tenant(new TenantId("a-kommune"), "A", new MunicipalityCode("101"), new Cvr("64942212"),
                Set.of(new HostName("a.localhost")), Map.of()));
        registry.add(new Tenant(new TenantId("b-kommune"), "B", new MunicipalityCode("102"), new Cvr("64942212"),
                Set.of(new HostName("b.localhost")), Map.of()));
        directory.prepareAllTenantSchemas();
        assertThat(schemas.prepared()).containsExactly(new TenantId("a-kommune"), new TenantId("b-kommune"));
        assertThat(directory.cachedTenantAt(new HostName("b.localhost"))).isPresent();
    }
}
