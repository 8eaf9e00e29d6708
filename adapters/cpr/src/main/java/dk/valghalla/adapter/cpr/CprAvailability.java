package dk.valghalla.adapter.cpr;

import dk.valghalla.adapter.cpr.sf1520.Sf1520Calls;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What this instance knows about the CPR register from its own recent look-ups. It never calls the register itself:
 * look-ups may be billed per call, so a health probe must not make one.
 */
@ApplicationScoped
public class CprAvailability {
    public enum Status { UP, DOWN }

    private final CircuitBreakerMaintenance circuits;
    private final CprConfig config;
    private final Clock clock = Clock.systemUTC();
    private volatile Outcome last;

    private record Outcome(boolean ok, Instant at, String problem) {
    }

    public CprAvailability(CircuitBreakerMaintenance circuits, CprConfig config) {
        this.circuits = circuits;
        this.config = config;
    }

    public void answered() {
        last = new Outcome(true, clock.instant(), null);
    }

    public void failed(String problem) {
        last = new Outcome(false, clock.instant(), problem);
    }

    public CircuitBreakerState circuit() {
        return circuits.currentState(Sf1520Calls.CIRCUIT);
    }

    /** DOWN while the circuit is not closed, while nothing is configured, or when the last look-up failed. */
    public Status status() {
        if (config.endpointUrl().isEmpty() || circuit() != CircuitBreakerState.CLOSED) {
            return Status.DOWN;
        }
        Outcome o = last;
        return o == null || o.ok() ? Status.UP : Status.DOWN;
    }

    /** For health data: no CPR numbers, no personal data. */
    public Map<String, Object> details() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("cpr", status().name());
        data.put("mode", config.mode().name().toLowerCase(java.util.Locale.ROOT));
        data.put("circuit", circuit().name().toLowerCase(java.util.Locale.ROOT));
        Optional.ofNullable(last).ifPresent(o -> {
            data.put("lastLookup", o.ok() ? "answered" : "failed");
            data.put("lastLookupAt", o.at().toString());
            if (o.problem() != null) {
                data.put("lastProblem", o.problem());
            }
        });
        if (config.endpointUrl().isEmpty()) {
            data.put("lastProblem", "valghalla.cpr.endpoint-url is not set");
        }
        return data;
    }
}
