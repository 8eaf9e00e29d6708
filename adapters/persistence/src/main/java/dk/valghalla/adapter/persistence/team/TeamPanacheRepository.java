package dk.valghalla.adapter.persistence.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class TeamPanacheRepository implements PanacheRepositoryBase<TeamEntity, UUID> {
}
