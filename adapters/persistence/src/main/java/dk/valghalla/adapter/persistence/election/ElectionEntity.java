package dk.valghalla.adapter.persistence.election;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "election")
public class ElectionEntity {
    @Id
    public UUID id;

    /** Collated "danish" in the database, so ORDER BY title sorts Danish. */
    public String title;

    @Column(name = "election_type_id")
    public UUID electionTypeId;

    @Column(name = "lock_period_days")
    public int lockPeriodDays;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "election_date")
    public LocalDate electionDate;

    public boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "election_work_location", joinColumns = @JoinColumn(name = "election_id"))
    @Column(name = "work_location_id")
    public Set<UUID> workLocationIds = new HashSet<>();

    @Version
    public long version;
}
