package dk.valghalla.adapter.persistence.tasktype;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class TaskTypePanacheRepository implements PanacheRepositoryBase<TaskTypeEntity, UUID> {
}
