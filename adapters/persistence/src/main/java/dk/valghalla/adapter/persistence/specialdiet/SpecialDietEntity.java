package dk.valghalla.adapter.persistence.specialdiet;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

@Entity
@Table(name = "special_diet")
public class SpecialDietEntity {
    @Id
    public UUID id;

    /** Collated "danish" in the database, so ORDER BY title sorts Danish. */
    public String title;

    @Version
    public long version;
}
