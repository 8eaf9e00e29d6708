package dk.valghalla.bootstrap.support;

import dk.valghalla.application.participant.port.out.CprVault;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.domain.participant.SealedCpr;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.tenant.Tenant;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Data for the CPR refresh, written with SQL: an active election with rules, and participants (CPR numbers sealed by
 * the real vault) whose kept CPR data is old and wrong ("Gammelt Navn", fetched on {@link #STALE}).
 */
public final class CprRefreshFixtures {
    public static final Instant STALE = Instant.parse("2026-01-01T12:00:00Z");

    private final DataSource dataSource;
    private final CprVault vault;
    private final TenantWork tenantWork;

    public CprRefreshFixtures(DataSource dataSource, CprVault vault, TenantWork tenantWork) {
        this.dataSource = dataSource;
        this.vault = vault;
        this.tenantWork = tenantWork;
    }

    /** An active election on {@code electionDay} whose type has the given rules. */
    public UUID activeElection(Tenant tenant, String title, LocalDate electionDay, Set<String> rules) throws Exception {
        UUID id = UUID.randomUUID();
        UUID type = UUID.randomUUID();
        String schema = tenant.id().schemaName();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("insert into " + schema + ".election_type (id, title) values (?, ?)")) {
                ps.setObject(1, type);
                ps.setString(2, "Type " + type);
                ps.executeUpdate();
            }
            for (String rule : rules) {
                try (PreparedStatement ps = c.prepareStatement("insert into " + schema
                        + ".election_type_rule (election_type_id, rule) values (?, ?)")) {
                    ps.setObject(1, type);
                    ps.setString(2, rule);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into " + schema + ".election (id, title,"
                    + " election_type_id, lock_period_days, period_start, period_end, election_date, active)"
                    + " values (?, ?, ?, 5, ?, ?, ?, true)")) {
                ps.setObject(1, id);
                ps.setString(2, title);
                ps.setObject(3, type);
                ps.setObject(4, electionDay.minusDays(30));
                ps.setObject(5, electionDay.plusDays(7));
                ps.setObject(6, electionDay);
                ps.executeUpdate();
            }
        }
        return id;
    }

    /** Participants with these CPR numbers (in one team), in batches of SQL inserts; their ids. */
    public List<UUID> participants(Tenant tenant, List<String> cprNumbers) throws Exception {
        String schema = tenant.id().schemaName();
        UUID team = UUID.randomUUID();
        List<SealedCpr> sealed = tenantWork.callAs(tenant,
                () -> cprNumbers.stream().map(n -> vault.seal(CprNumber.of(n))).toList());
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into " + schema
                    + ".team (id, name, short_name) values (?, ?, ?)")) {
                ps.setObject(1, team);
                ps.setString(2, "Hold " + team);
                ps.setString(3, "H");
                ps.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("insert into " + schema + ".participant (id, cpr_sealed,"
                    + " cpr_lookup_key, cpr_masked, first_names, last_name, addressing_name, full_name, birth_date,"
                    + " cpr_status, guardianship, address_protected, digital_post, cpr_fetched_at, created_at)"
                    + " values (?, ?, ?, ?, 'Gammelt', 'Navn', 'Navn,Gammelt', 'Gammelt Navn', ?, 'ACTIVE', 'NONE',"
                    + " false, 'UNKNOWN', ?, ?)");
                 PreparedStatement t = c.prepareStatement("insert into " + schema
                         + ".participant_team (participant_id, team_id) values (?, ?)")) {
                for (int i = 0; i < sealed.size(); i++) {
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    SealedCpr s = sealed.get(i);
                    p.setObject(1, id);
                    p.setString(2, s.sealed());
                    p.setString(3, s.lookupKey());
                    p.setString(4, s.masked());
                    p.setObject(5, LocalDate.of(1970, 1, 1));
                    p.setTimestamp(6, Timestamp.from(STALE));
                    p.setTimestamp(7, Timestamp.from(STALE));
                    p.addBatch();
                    t.setObject(1, id);
                    t.setObject(2, team);
                    t.addBatch();
                    if (i % 500 == 499) {
                        p.executeBatch();
                        t.executeBatch();
                    }
                }
                p.executeBatch();
                t.executeBatch();
            }
            c.commit();
        }
        return ids;
    }
}
