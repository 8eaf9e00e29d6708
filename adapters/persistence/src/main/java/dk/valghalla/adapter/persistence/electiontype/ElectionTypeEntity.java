package dk.valghalla.adapter.persistence.electiontype;

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
@Table(name = "election_type")
public class ElectionTypeEntity {
    @Id
    public UUID id;

    /** Collated "danish" in the database, so ORDER BY title sorts Danish. */
    public String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "election_type_rule", joinColumns = @JoinColumn(name = "election_type_id"))
    @Column(name = "rule")
    public Set<String> rules = new HashSet<>();

    @Version
    public long version;
}
