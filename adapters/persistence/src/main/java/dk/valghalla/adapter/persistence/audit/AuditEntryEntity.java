package dk.valghalla.adapter.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {
    @Id
    public UUID id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "actor_kind")
    public String actorKind;

    @Column(name = "actor_id")
    public String actorId;

    @Column(name = "actor_name")
    public String actorName;

    public String action;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public String objectId;

    public String summary;
}
