package dk.valghalla.bootstrap.jobs;

import dk.valghalla.application.election.port.in.DeactivateEndedElectionsUseCase;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Elections are deactivated automatically after their period, in every municipality, by a cluster-safe daily job. */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class ElectionDeactivationJobTest {
    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    DeactivateEndedElectionsUseCase deactivateEndedElections;
    @Inject
    AgroalDataSource dataSource;

    private UUID election(Tenant tenant, String title, LocalDate periodEnd, boolean active) throws Exception {
        UUID id = UUID.randomUUID();
        UUID type = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            String schema = tenant.id().schemaName();
            try (PreparedStatement ps = c.prepareStatement("insert into " + schema
                    + ".election_type (id, title) values (?, ?)")) {
                ps.setObject(1, type);
                ps.setString(2, "Type " + type);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into " + schema + ".election (id, title,"
                    + " election_type_id, lock_period_days, period_start, period_end, election_date, active)"
                    + " values (?, ?, ?, 5, ?, ?, ?, ?)")) {
                ps.setObject(1, id);
                ps.setString(2, title);
                ps.setObject(3, type);
                ps.setObject(4, periodEnd.minusDays(30));
                ps.setObject(5, periodEnd);
                ps.setObject(6, periodEnd.minusDays(7));
                ps.setBoolean(7, active);
                ps.executeUpdate();
            }
        }
        return id;
    }

    private boolean isActive(Tenant tenant, UUID election) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select active from " + tenant.id().schemaName() + ".election where id = ?")) {
            ps.setObject(1, election);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    @Test
    void endedElectionsOfEveryMunicipalityAreDeactivatedAndAudited() throws Exception {
        LocalDate today = LocalDate.now(DANISH);
        Tenant a = TestTenants.register(registerTenant, "jobs-a");
        Tenant b = TestTenants.register(registerTenant, "jobs-b");
        UUID endedInA = election(a, "Folketingsvalg", today.minusDays(1), true);
        UUID runningInA = election(a, "Kommunalvalg", today, true);
        UUID endedInB = election(b, "Europaparlamentsvalg", today.minusDays(3), true);

        var report = deactivateEndedElections.deactivateEndedElections();

        assertThat(report.failedTenants()).isEmpty();
        assertThat(report.deactivated()).isGreaterThanOrEqualTo(2);
        assertThat(isActive(a, endedInA)).isFalse();
        assertThat(isActive(a, runningInA)).as("the last day of the period still counts").isTrue();
        assertThat(isActive(b, endedInB)).isFalse();
        Api.as(a, TestLogins.admin("Ada", a.cvr().value())).queryParam("action", "ELECTION_DEACTIVATED")
                .get("/api/admin/audit-entries").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actor", equalTo("Valghalla (system)"))
                .body("items[0].objectId", equalTo(endedInA.toString()));

        assertThat(deactivateEndedElections.deactivateEndedElections().deactivated())
                .as("a second run finds nothing more to do").isZero();
    }

    @Test
    void theDailyJobIsScheduledForJustAfterDanishMidnight() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select execution_time from control.scheduled_tasks where task_name = 'deactivate-ended-elections'");
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).as("the recurring job is registered in db-scheduler's table").isTrue();
            ZonedDateTime next = rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(DANISH);
            assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(0, 15));
            assertThat(next).isAfter(ZonedDateTime.now(DANISH)).isBefore(ZonedDateTime.now(DANISH).plusDays(1).plusMinutes(1));
            assertThat(rs.next()).as("exactly one instance, however many app instances run").isFalse();
        }
    }
}
