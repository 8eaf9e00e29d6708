package dk.valghalla.adapter.persistence.tenant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class TenantPanacheRepository implements PanacheRepositoryBase<TenantEntity, String> {
}
