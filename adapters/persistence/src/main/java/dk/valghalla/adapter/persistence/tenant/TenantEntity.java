package dk.valghalla.adapter.persistence.tenant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A row of the control register. The explicit schema makes it readable whatever tenant a session is bound to. */
@Entity
@Table(schema = "control", name = "tenant")
public class TenantEntity {
    @Id
    public String id;

    public String name;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public String cvr;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> settings = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "control", name = "tenant_host", joinColumns = @JoinColumn(name = "tenant_id"))
    @Column(name = "host")
    public Set<String> hosts = new HashSet<>();
}
