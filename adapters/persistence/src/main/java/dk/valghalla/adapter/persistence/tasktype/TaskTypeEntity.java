package dk.valghalla.adapter.persistence.tasktype;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalTime;
import java.util.UUID;

@Entity
@Table(name = "task_type")
public class TaskTypeEntity {
    @Id
    public UUID id;

    /** Collated "danish" in the database, so ORDER BY title sorts Danish. */
    public String title;

    @Column(name = "short_name")
    public String shortName;

    /** Sanitized HTML. */
    public String description;

    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "end_time")
    public LocalTime endTime;

    public Integer payment;

    @Column(name = "validation_not_required")
    public boolean validationNotRequired;

    public boolean trusted;

    @Column(name = "send_reminder")
    public boolean sendReminder;

    @Version
    public long version;
}
