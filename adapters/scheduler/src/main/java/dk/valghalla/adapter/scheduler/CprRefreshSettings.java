package dk.valghalla.adapter.scheduler;

import dk.valghalla.application.participant.port.out.CprRefreshLimits;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The settings of the periodic CPR refresh ({@code valghalla.cpr-refresh.*}). The limits hold per instance; only one
 * instance runs the job at a time. Keep {@code max-concurrent-calls} below the SF1520 bulkhead
 * ({@code Sf1520Calls/lookup/Bulkhead/value}), so that interactive look-ups still get through during a refresh.
 */
@ApplicationScoped
public class CprRefreshSettings implements CprRefreshLimits {
    private final String schedule;
    private final Duration retryAfterFailure;
    private final double callsPerSecond;
    private final int maxConcurrentCalls;
    private final int batchSize;

    public CprRefreshSettings(
            @ConfigProperty(name = "valghalla.cpr-refresh.schedule", defaultValue = "0 30 1 * * ?") String schedule,
            @ConfigProperty(name = "valghalla.cpr-refresh.retry-after-failure", defaultValue = "PT30M") Duration retryAfterFailure,
            @ConfigProperty(name = "valghalla.cpr-refresh.calls-per-second", defaultValue = "50") double callsPerSecond,
            @ConfigProperty(name = "valghalla.cpr-refresh.max-concurrent-calls", defaultValue = "50") int maxConcurrentCalls,
            @ConfigProperty(name = "valghalla.cpr-refresh.batch-size", defaultValue = "200") int batchSize) {
        if (callsPerSecond <= 0 || maxConcurrentCalls < 1 || batchSize < 1) {
            throw new IllegalArgumentException("valghalla.cpr-refresh: calls-per-second, max-concurrent-calls and"
                    + " batch-size must be positive");
        }
        this.schedule = schedule;
        this.retryAfterFailure = retryAfterFailure;
        this.callsPerSecond = callsPerSecond;
        this.maxConcurrentCalls = maxConcurrentCalls;
        this.batchSize = batchSize;
    }

    /** A cron expression (seconds first, db-scheduler/Spring style) in Danish time. */
    public String schedule() {
        return schedule;
    }

    /** When a failed or stopped execution is tried again (it continues where it stopped). */
    public Duration retryAfterFailure() {
        return retryAfterFailure;
    }

    @Override
    public double callsPerSecond() {
        return callsPerSecond;
    }

    @Override
    public int maxConcurrentCalls() {
        return maxConcurrentCalls;
    }

    @Override
    public int batchSize() {
        return batchSize;
    }
}
