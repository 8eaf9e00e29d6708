package dk.valghalla.adapter.persistence.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class ElectionPanacheRepository implements PanacheRepositoryBase<ElectionEntity, UUID> {
}
