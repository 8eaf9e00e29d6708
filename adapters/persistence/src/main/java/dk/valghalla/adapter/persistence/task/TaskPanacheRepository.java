package dk.valghalla.adapter.persistence.task;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class TaskPanacheRepository implements PanacheRepositoryBase<TaskEntity, UUID> {
}
