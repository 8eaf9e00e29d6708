package dk.valghalla.application.participant.port.in;

import java.time.Duration;
import java.util.List;

/**
 * What one execution of the CPR refresh did, over all municipalities.
 *
 * @param tenants         municipalities with an active election that were worked on
 * @param participants    participants done in this execution
 * @param calls           look-ups made (successful or not)
 * @param ineligible      participants done that fail the rules of an active election
 * @param notInCpr        participants done whom the register no longer knows
 * @param unavailable     look-ups the register could not answer; their participants are tried again
 * @param finishedRuns    passes that reached the last participant
 * @param peakConcurrency the most look-ups in flight at once
 * @param duration        how long the execution took
 * @param failedTenants   municipalities whose pass stopped early (register down, database error); it continues at the
 *                        next execution
 */
public record CprRefreshReport(int tenants, int participants, long calls, int ineligible, int notInCpr, int unavailable,
                               int finishedRuns, int peakConcurrency, Duration duration, List<String> failedTenants) {
    public CprRefreshReport {
        failedTenants = List.copyOf(failedTenants);
    }

    /** Look-ups per second over the execution. */
    public double callsPerSecond() {
        return duration.isZero() ? 0 : calls * 1000d / duration.toMillis();
    }
}
