package dk.valghalla.adapter.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Runs db-scheduler on the application's PostgreSQL ({@code control.scheduled_tasks}). Every instance runs one;
 * db-scheduler lets exactly one of them execute each due job, so several instances may run side by side.
 */
@ApplicationScoped
public class JobScheduler {
    /** After the tenant schemas are migrated at start-up. */
    static final int START_PRIORITY = 1000;
    private static final Logger LOG = Logger.getLogger(JobScheduler.class);

    private final AgroalDataSource dataSource;
    private final Jobs jobs;
    private final boolean enabled;
    private final Duration pollingInterval;
    private final int threads;
    private Scheduler scheduler;

    public JobScheduler(AgroalDataSource dataSource, Jobs jobs,
                        @ConfigProperty(name = "valghalla.scheduler.enabled", defaultValue = "true") boolean enabled,
                        @ConfigProperty(name = "valghalla.scheduler.polling-interval", defaultValue = "PT10S") Duration pollingInterval,
                        @ConfigProperty(name = "valghalla.scheduler.threads", defaultValue = "4") int threads) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.enabled = enabled;
        this.pollingInterval = pollingInterval;
        this.threads = threads;
    }

    void start(@Observes @Priority(START_PRIORITY) StartupEvent event) {
        if (!enabled) {
            LOG.info("Job scheduler disabled (valghalla.scheduler.enabled=false)");
            return;
        }
        scheduler = Scheduler.create(dataSource)
                .tableName("control.scheduled_tasks")
                .startTasks(jobs.recurring())
                .threads(threads)
                .pollingInterval(pollingInterval)
                .shutdownMaxWait(Duration.ofSeconds(20))
                .build();
        scheduler.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.stop();
        }
    }
}
