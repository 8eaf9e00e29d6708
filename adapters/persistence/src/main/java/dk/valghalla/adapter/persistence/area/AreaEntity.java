package dk.valghalla.adapter.persistence.area;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

@Entity
@Table(name = "area")
public class AreaEntity {
    @Id
    public UUID id;

    public String name;

    public String description;

    @Version
    public long version;
}
