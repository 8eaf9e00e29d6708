package dk.valghalla.adapter.persistence.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "task")
public class TaskEntity {
    @Id
    public UUID id;

    @Column(name = "election_id")
    public UUID electionId;

    @Column(name = "work_location_id")
    public UUID workLocationId;

    @Column(name = "task_type_id")
    public UUID taskTypeId;

    @Column(name = "team_id")
    public UUID teamId;

    @Column(name = "task_date")
    public LocalDate taskDate;

    @Column(name = "participant_id")
    public UUID participantId;

    public String status;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Version
    public long version;
}
