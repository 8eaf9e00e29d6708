package dk.valghalla.adapter.persistence.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class AuditEntryPanacheRepository implements PanacheRepositoryBase<AuditEntryEntity, UUID> {
}
