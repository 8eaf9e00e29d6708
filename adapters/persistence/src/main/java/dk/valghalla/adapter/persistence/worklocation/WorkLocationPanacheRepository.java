package dk.valghalla.adapter.persistence.worklocation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class WorkLocationPanacheRepository implements PanacheRepositoryBase<WorkLocationEntity, UUID> {
}
