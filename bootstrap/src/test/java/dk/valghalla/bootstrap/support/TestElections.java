package dk.valghalla.bootstrap.support;

import dk.valghalla.domain.tenant.Tenant;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Puts elections that contain work locations straight into a municipality's schema, for the rules that depend on
 * elections before the election use cases exist.
 */
public final class TestElections {
    private TestElections() {
    }

    /** A new election (with its own election type) that contains the given work locations; returns its id. */
    public static UUID insert(DataSource dataSource, Tenant tenant, boolean active, String... workLocationIds)
            throws SQLException {
        String schema = tenant.id().schemaName();
        UUID type = UUID.randomUUID();
        UUID election = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("insert into " + schema + ".election_type (id, title) values (?, ?)")) {
                ps.setObject(1, type);
                ps.setString(2, "Valgtype " + type);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into " + schema + ".election (id, title,"
                    + " election_type_id, lock_period_days, period_start, period_end, election_date, active)"
                    + " values (?, ?, ?, 5, ?, ?, ?, ?)")) {
                ps.setObject(1, election);
                ps.setString(2, "Valg " + election);
                ps.setObject(3, type);
                ps.setObject(4, LocalDate.of(2026, 10, 1));
                ps.setObject(5, LocalDate.of(2026, 12, 1));
                ps.setObject(6, LocalDate.of(2026, 11, 3));
                ps.setBoolean(7, active);
                ps.executeUpdate();
            }
            for (String workLocation : workLocationIds) {
                try (PreparedStatement ps = c.prepareStatement("insert into " + schema
                        + ".election_work_location (election_id, work_location_id) values (?, ?)")) {
                    ps.setObject(1, election);
                    ps.setObject(2, UUID.fromString(workLocation));
                    ps.executeUpdate();
                }
            }
        }
        return election;
    }

    /** Switches an election on or off. */
    public static void setActive(DataSource dataSource, Tenant tenant, UUID election, boolean active) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update " + tenant.id().schemaName() + ".election set active = ? where id = ?")) {
            ps.setBoolean(1, active);
            ps.setObject(2, election);
            ps.executeUpdate();
        }
    }
}
