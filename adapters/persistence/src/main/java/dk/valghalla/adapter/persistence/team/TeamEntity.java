package dk.valghalla.adapter.persistence.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

@Entity
@Table(name = "team")
public class TeamEntity {
    @Id
    public UUID id;

    /** Collated "danish" in the database, so ORDER BY name sorts Danish. */
    public String name;

    @Column(name = "short_name")
    public String shortName;

    public String description;

    @Version
    public long version;
}
