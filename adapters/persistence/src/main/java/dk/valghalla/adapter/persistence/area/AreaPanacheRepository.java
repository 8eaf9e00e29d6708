package dk.valghalla.adapter.persistence.area;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class AreaPanacheRepository implements PanacheRepositoryBase<AreaEntity, UUID> {
}
