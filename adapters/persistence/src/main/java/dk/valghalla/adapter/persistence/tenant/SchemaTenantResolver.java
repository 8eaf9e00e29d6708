package dk.valghalla.adapter.persistence.tenant;

import dk.valghalla.application.tenant.TenantContext;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Binds each Hibernate session to the schema of the request's tenant. Outside a tenant (start-up, the register
 * itself) sessions use the control schema, which holds no municipality's data.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SchemaTenantResolver implements TenantResolver {

    @Inject
    TenantContext tenantContext;

    @Override
    public String getDefaultTenantId() {
        return FlywayTenantSchemas.CONTROL_SCHEMA;
    }

    @Override
    public String resolveTenantId() {
        if (!Arc.container().requestContext().isActive()) {
            return getDefaultTenantId();
        }
        return tenantContext.current().map(t -> t.id().schemaName()).orElse(getDefaultTenantId());
    }
}
