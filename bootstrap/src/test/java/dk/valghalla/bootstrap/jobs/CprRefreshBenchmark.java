package dk.valghalla.bootstrap.jobs;

import dk.valghalla.adapter.cpr.fake.FakePersonBaseDataService;
import dk.valghalla.adapter.scheduler.CprRefreshSettings;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark of the CPR refresh (docs/performance.md, "CPR refresh"): N participants (SQL), the fake SF1520 answering
 * every look-up after a fixed latency, one execution of the job's use case. Not a test of the normal build (its name
 * does not end in Test); run it with
 * {@code mvn -B verify -Pbenchmark -pl bootstrap -am -Dtest=CprRefreshBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class CprRefreshBenchmark {
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
    @Inject
    CprRefreshSettings settings;
    @ConfigProperty(name = "valghalla.benchmark.participants", defaultValue = "10000")
    int participants;
    @ConfigProperty(name = "valghalla.cpr.fake.latency", defaultValue = "PT0S")
    Duration latency;

    @Test
    void refreshOfManyParticipantsAgainstASlowRegister() throws Exception {
        Tenant tenant = TestTenants.register(registerTenant, "bench", "0999");
        CprRefreshFixtures fixtures = new CprRefreshFixtures(dataSource, vault, tenantWork);
        fixtures.activeElection(tenant, "Folketingsvalg", LocalDate.now().plusDays(14),
                Set.of("AGE_18_ON_TASK_DATE", "DANISH_CITIZENSHIP", "RESIDENT_IN_MUNICIPALITY", "NOT_UNDER_GUARDIANSHIP"));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            // 10 birth dates (1-10 January 1970) x serials 0000-9999: made up, none a fixture.
            numbers.add(String.format("%02d0170%04d", 1 + i / 10_000, i % 10_000));
        }
        fixtures.participants(tenant, numbers);
        FakePersonBaseDataService.resetCalls();

        CprRefreshReport report = refreshParticipantsCpr.refreshParticipantsCpr();

        String result = String.format("CPR refresh benchmark: %d participants, fake latency %d ms, settings %.0f calls/s,"
                        + " %d concurrent, batches of %d%n  total %.1f s, %d calls, %.1f calls/s, peak %d concurrent calls"
                        + " (client side), %d (at the fake); %d eligible, %d unanswered, failed tenants %s%n",
                participants, latency.toMillis(), settings.callsPerSecond(), settings.maxConcurrentCalls(),
                settings.batchSize(), report.duration().toMillis() / 1000d, report.calls(), report.callsPerSecond(),
                report.peakConcurrency(), FakePersonBaseDataService.peakConcurrentCalls(),
                report.participants() - report.ineligible() - report.notInCpr(), report.unavailable(),
                report.failedTenants());
        System.out.print(result);
        Path out = Path.of("target", "benchmark", "cpr-refresh.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);

        assertThat(report.failedTenants()).isEmpty();
        assertThat(report.participants()).isEqualTo(participants);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from " + tenant.id().schemaName() + ".participant_validation where outcome = 'ELIGIBLE'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(participants);
        }
    }
}
