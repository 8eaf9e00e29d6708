package dk.valghalla.adapter.scheduler;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dk.valghalla.application.election.port.in.DeactivateEndedElectionsUseCase;
import dk.valghalla.application.election.port.in.DeactivationReport;
import dk.valghalla.application.participant.port.in.CprRefreshReport;
import dk.valghalla.application.participant.port.in.RefreshParticipantsCprUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Every recurring job of Valghalla and when it runs. A job only drives a use case; the work is in the application. */
@ApplicationScoped
public class Jobs {
    public static final String DEACTIVATE_ENDED_ELECTIONS = "deactivate-ended-elections";
    public static final String REFRESH_PARTICIPANTS_CPR = "refresh-participants-cpr";
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final Logger LOG = Logger.getLogger(Jobs.class);

    private final DeactivateEndedElectionsUseCase deactivateEndedElections;
    private final RefreshParticipantsCprUseCase refreshParticipantsCpr;
    private final CprRefreshSettings cprRefresh;

    public Jobs(DeactivateEndedElectionsUseCase deactivateEndedElections,
                RefreshParticipantsCprUseCase refreshParticipantsCpr, CprRefreshSettings cprRefresh) {
        this.deactivateEndedElections = deactivateEndedElections;
        this.refreshParticipantsCpr = refreshParticipantsCpr;
        this.cprRefresh = cprRefresh;
    }

    /** The jobs to keep scheduled; db-scheduler adds any that are missing at start-up. */
    List<RecurringTask<Void>> recurring() {
        return List.of(Tasks.recurring(DEACTIVATE_ENDED_ELECTIONS, Schedules.daily(DANISH_TIME, LocalTime.of(0, 15)))
                        .execute((instance, context) -> runDeactivation()),
                Tasks.recurring(REFRESH_PARTICIPANTS_CPR, Schedules.cron(cprRefresh.schedule(), DANISH_TIME))
                        .onFailure(new FailureHandler.OnFailureRetryLater<>(cprRefresh.retryAfterFailure()))
                        .execute((instance, context) -> runCprRefresh()));
    }

    /**
     * Nightly (configurable): the participants' CPR data is refreshed in every municipality with an active election.
     * A municipality whose pass stopped (register down, crash) makes the execution fail; db-scheduler tries again
     * after {@code valghalla.cpr-refresh.retry-after-failure}, and the pass continues where it stopped.
     */
    void runCprRefresh() {
        CprRefreshReport r = refreshParticipantsCpr.refreshParticipantsCpr();
        LOG.infof("CPR refresh: %d municipalities, %d participants, %d calls, %d ineligible, %d not in CPR,"
                        + " %d unanswered, %d passes finished; %d s, %.1f calls/s, peak %d concurrent calls",
                r.tenants(), r.participants(), r.calls(), r.ineligible(), r.notInCpr(), r.unavailable(),
                r.finishedRuns(), r.duration().toSeconds(), r.callsPerSecond(), r.peakConcurrency());
        if (!r.failedTenants().isEmpty()) {
            throw new IllegalStateException("CPR refresh stopped for " + r.failedTenants() + "; it continues later");
        }
    }

    /**
     * Daily, just after Danish midnight: elections whose period ended yesterday are deactivated. A municipality that
     * fails is reported as a failed execution (visible in the scheduler table) and retried at the next run.
     */
    void runDeactivation() {
        DeactivationReport report = deactivateEndedElections.deactivateEndedElections();
        LOG.infof("Deactivated %d ended election(s)", report.deactivated());
        if (!report.failedTenants().isEmpty()) {
            throw new IllegalStateException("Deactivation failed for " + report.failedTenants());
        }
    }
}
