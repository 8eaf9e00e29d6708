package dk.valghalla.adapter.persistence.specialdiet;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class SpecialDietPanacheRepository implements PanacheRepositoryBase<SpecialDietEntity, UUID> {
}
