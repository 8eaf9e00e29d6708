package dk.valghalla.adapter.persistence.tenant;

import dk.valghalla.application.tenant.port.out.TenantRegistry;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaTenantRegistry implements TenantRegistry {
    private final TenantPanacheRepository panache;

    public JpaTenantRegistry(TenantPanacheRepository panache) {
        this.panache = panache;
    }


    @Override
    @Transactional
    public List<Tenant> findAll() {
        return panache.listAll().stream().map(JpaTenantRegistry::toDomain).toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void add(Tenant tenant) {
        TenantEntity e = new TenantEntity();
        e.id = tenant.id().value();
        e.name = tenant.name();
        e.municipalityCode = tenant.municipalityCode().value();
        e.cvr = tenant.cvr().value();
        e.settings = new HashMap<>(tenant.settings());
        e.hosts = tenant.hosts().stream().map(HostName::value).collect(Collectors.toSet());
        panache.persist(e);
    }

    private static Tenant toDomain(TenantEntity e) {
        return new Tenant(new TenantId(e.id), e.name, new MunicipalityCode(e.municipalityCode), new Cvr(e.cvr),
                e.hosts.stream().map(HostName::new).collect(Collectors.toSet()), e.settings);
    }
}
