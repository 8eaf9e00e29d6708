package dk.valghalla.application.participant.port.out;

/** How hard the CPR refresh may press the register (per instance; only one instance runs the job at a time). */
public interface CprRefreshLimits {
    /** Look-ups started per second at most (Serviceplatformen allows 250 per second for all municipalities). */
    double callsPerSecond();

    /** Look-ups in flight at once at most. */
    int maxConcurrentCalls();

    /** Participants per batch: per transaction, and per step of progress kept. */
    int batchSize();
}
