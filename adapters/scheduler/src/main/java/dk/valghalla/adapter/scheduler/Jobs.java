package dk.valghalla.adapter.scheduler;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dk.valghalla.application.election.port.in.DeactivateEndedElectionsUseCase;
import dk.valghalla.application.election.port.in.DeactivationReport;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Every recurring job of Valghalla and when it runs. A job only drives a use case; the work is in the application. */
@ApplicationScoped
public class Jobs {
    public static final String DEACTIVATE_ENDED_ELECTIONS = "deactivate-ended-elections";
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final Logger LOG = Logger.getLogger(Jobs.class);

    private final DeactivateEndedElectionsUseCase deactivateEndedElections;

    public Jobs(DeactivateEndedElectionsUseCase deactivateEndedElections) {
        this.deactivateEndedElections = deactivateEndedElections;
    }

    /** The jobs to keep scheduled; db-scheduler adds any that are missing at start-up. */
    List<RecurringTask<Void>> recurring() {
        return List.of(Tasks.recurring(DEACTIVATE_ENDED_ELECTIONS, Schedules.daily(DANISH_TIME, LocalTime.of(0, 15)))
                .execute((instance, context) -> runDeactivation()));
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
