package dk.valghalla.adapter.persistence.participant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class ParticipantCommentPanacheRepository implements PanacheRepositoryBase<ParticipantCommentEntity, UUID> {
}
