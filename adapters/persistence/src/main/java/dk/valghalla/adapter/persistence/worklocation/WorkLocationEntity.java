package dk.valghalla.adapter.persistence.worklocation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "work_location")
public class WorkLocationEntity {
    @Id
    public UUID id;

    @Column(name = "area_id")
    public UUID areaId;

    /** Collated "danish" in the database, so ORDER BY title sorts Danish. */
    public String title;

    public String address;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;

    @Column(name = "voting_area_number")
    public Integer votingAreaNumber;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_location_team", joinColumns = @JoinColumn(name = "work_location_id"))
    @Column(name = "team_id")
    public Set<UUID> teamIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_location_task_type", joinColumns = @JoinColumn(name = "work_location_id"))
    @Column(name = "task_type_id")
    public Set<UUID> taskTypeIds = new HashSet<>();

    @Version
    public long version;
}
