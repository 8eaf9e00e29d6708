package dk.valghalla.adapter.persistence.electiontype;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class ElectionTypePanacheRepository implements PanacheRepositoryBase<ElectionTypeEntity, UUID> {
}
