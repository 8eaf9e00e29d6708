package dk.valghalla.bootstrap.jobs;

import dk.valghalla.adapter.cpr.fake.Sf1520Fixtures;
import dk.valghalla.application.participant.port.in.CprRefreshReport;
import dk.valghalla.application.participant.port.in.RefreshParticipantsCprUseCase;
import dk.valghalla.application.participant.port.out.CprVault;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.CprRefreshFixtures;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The periodic CPR refresh against the fake SF1520 endpoint (over SOAP, on the app itself) and real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class CprRefreshJobTest {
    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    RefreshParticipantsCprUseCase refreshParticipantsCpr;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    CprVault vault;
    @Inject
    TenantWork tenantWork;

    private List<List<Object>> rows(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<List<Object>> result = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getObject(i));
                    }
                    result.add(row);
                }
                return result;
            }
        }
    }

    @Test
    void participantsOfAMunicipalityWithAnActiveElectionAreRefreshedJudgedAndRecorded() throws Exception {
        Tenant tenant = TestTenants.register(registerTenant, "refresh", "0999");
        Tenant quiet = TestTenants.register(registerTenant, "refresh-quiet", "0999");
        CprRefreshFixtures fixtures = new CprRefreshFixtures(dataSource, vault, tenantWork);
        LocalDate electionDay = LocalDate.now(DANISH).plusDays(20);
        UUID election = fixtures.activeElection(tenant, "Kommunalvalg", electionDay,
                Set.of("AGE_18_ON_TASK_DATE", "DANISH_CITIZENSHIP", "RESIDENT_IN_MUNICIPALITY", "NOT_UNDER_GUARDIANSHIP"));
        List<UUID> ids = fixtures.participants(tenant, List.of(Sf1520Fixtures.ADULT, Sf1520Fixtures.MINOR,
                Sf1520Fixtures.DEAD, Sf1520Fixtures.OTHER_MUNICIPALITY, Sf1520Fixtures.UNKNOWN));
        List<UUID> quietOnes = fixtures.participants(quiet, List.of(Sf1520Fixtures.ADULT));
        Instant before = Instant.now();

        CprRefreshReport report = refreshParticipantsCpr.refreshParticipantsCpr();

        assertThat(report.failedTenants()).doesNotContain(tenant.id().value());
        String schema = tenant.id().schemaName();
        assertThat(rows("select full_name from " + schema + ".participant where id = ?", ids.get(0)))
                .containsExactly(List.of("Anne Marie Jensen"));
        assertThat(rows("select count(*) from " + schema + ".participant where cpr_fetched_at >= ?",
                java.sql.Timestamp.from(before))).containsExactly(List.of(4L));
        assertThat(rows("select participant_id, outcome, coalesce(failed_rules, '') from " + schema
                + ".participant_validation where election_id = ? and eligibility_day = ?", election, electionDay))
                .containsExactlyInAnyOrder(
                        List.of(ids.get(0), "ELIGIBLE", ""),
                        List.of(ids.get(1), "INELIGIBLE", "UNDER_18_ON_TASK_DATE"),
                        List.of(ids.get(2), "INELIGIBLE", "NOT_ALIVE,NOT_RESIDENT_IN_MUNICIPALITY"),
                        List.of(ids.get(3), "INELIGIBLE", "NOT_RESIDENT_IN_MUNICIPALITY"),
                        List.of(ids.get(4), "NOT_IN_CPR", ""));
        assertThat(rows("select participants, eligible, ineligible, not_in_cpr, changed, finished_at is not null from "
                + schema + ".cpr_refresh_run")).containsExactly(List.of(5, 1, 3, 1, 4, true));
        assertThat(rows("select action, count(*) from " + schema + ".audit_entry where action in"
                + " ('CPR_REFRESH_COMPLETED', 'PARTICIPANT_CPR_DATA_CHANGED') group by action order by action"))
                .containsExactly(List.of("CPR_REFRESH_COMPLETED", 1L), List.of("PARTICIPANT_CPR_DATA_CHANGED", 4L));

        assertThat(rows("select cpr_fetched_at from " + quiet.id().schemaName() + ".participant where id = ?",
                quietOnes.get(0)).get(0).get(0)).as("no active election there: not refreshed")
                .isEqualTo(rows("select timestamptz '2026-01-01T12:00:00Z'").get(0).get(0));
        assertThat(rows("select count(*) from " + quiet.id().schemaName() + ".cpr_refresh_run"))
                .containsExactly(List.of(0L));
    }

    @Test
    void theRefreshIsScheduledNightlyInDanishTime() throws Exception {
        List<List<Object>> scheduled = rows("select execution_time from control.scheduled_tasks"
                + " where task_name = 'refresh-participants-cpr'");
        assertThat(scheduled).as("registered once in db-scheduler's table").hasSize(1);
        ZonedDateTime next = ((java.sql.Timestamp) scheduled.get(0).get(0)).toInstant().atZone(DANISH);
        assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(1, 30));
        assertThat(next).isAfter(ZonedDateTime.now(DANISH)).isBefore(ZonedDateTime.now(DANISH).plusDays(1).plusMinutes(1));
    }
}
