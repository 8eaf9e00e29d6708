package dk.valghalla.application.tenant.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.in.ListTenantsUseCase;
import dk.valghalla.application.tenant.port.in.PrepareTenantSchemasUseCase;
import dk.valghalla.application.tenant.port.in.RegisterTenantCommand;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.application.tenant.port.in.ResolveTenantUseCase;
import dk.valghalla.application.tenant.port.out.TenantRegistry;
import dk.valghalla.application.tenant.port.out.TenantSchemas;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.HostNameAlreadyUsedException;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantAlreadyExistsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Knows every tenant and the hosts they are served at. The host map is held in memory, because every request asks
 * it; a miss re-reads the registry at most once per {@link #RELOAD_INTERVAL}, so that a tenant added by another
 * instance becomes reachable quickly while a flood of unknown hosts cannot flood the database.
 */
@ApplicationScoped
public class TenantDirectoryService
        implements ResolveTenantUseCase, RegisterTenantUseCase, ListTenantsUseCase, PrepareTenantSchemasUseCase {
    static final Duration RELOAD_INTERVAL = Duration.ofSeconds(5);

    private final TenantRegistry registry;
    private final TenantSchemas schemas;
    private final TenantWork tenantWork;
    private final AuditTrail auditTrail;
    private final Clock clock;

    private volatile Map<HostName, Tenant> byHost = Map.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    public TenantDirectoryService(TenantRegistry registry, TenantSchemas schemas, TenantWork tenantWork,
                                  AuditTrail auditTrail, Clock clock) {
        this.registry = registry;
        this.schemas = schemas;
        this.tenantWork = tenantWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Tenant> cachedTenantAt(HostName host) {
        return Optional.ofNullable(host).map(byHost::get);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Tenant> tenantAt(HostName host) {
        if (host == null) {
            return Optional.empty();
        }
        Tenant tenant = byHost.get(host);
        if (tenant == null && clock.instant().isAfter(loadedAt.plus(RELOAD_INTERVAL))) {
            reload();
            tenant = byHost.get(host);
        }
        return Optional.ofNullable(tenant);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public synchronized Tenant registerTenant(RegisterTenantCommand c) {
        Tenant tenant = new Tenant(c.id(), c.name(), c.municipalityCode(), c.cvr(), c.hosts(), c.settings());
        List<Tenant> existing = registry.findAll();
        if (existing.stream().anyMatch(t -> t.id().equals(tenant.id()))) {
            throw new TenantAlreadyExistsException(tenant.id());
        }
        for (Tenant other : existing) {
            for (HostName host : tenant.hosts()) {
                if (other.isServedAt(host)) {
                    throw new HostNameAlreadyUsedException(host);
                }
            }
        }
        schemas.prepare(tenant);
        registry.add(tenant);
        tenantWork.runAs(tenant, () -> auditTrail.recordAs(c.registeredBy(), AuditAction.TENANT_REGISTERED, "TENANT", tenant.id(),
                tenant.name() + " (" + tenant.municipalityCode() + ")"));
        reload();
        return tenant;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Tenant> listTenants() {
        return registry.findAll().stream().sorted(Comparator.comparing(t -> t.id().value())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void prepareAllTenantSchemas() {
        registry.findAll().forEach(schemas::prepare);
        reload();
    }

    private synchronized void reload() {
        Map<HostName, Tenant> map = new HashMap<>();
        for (Tenant t : registry.findAll()) {
            t.hosts().forEach(h -> map.put(h, t));
        }
        byHost = Map.copyOf(map);
        loadedAt = clock.instant();
    }
}
