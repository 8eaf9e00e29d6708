package dk.valghalla.application.shared.throttle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Calls an outside service for many items in parallel, at most {@code maxConcurrent} calls at a time and at most as
 * fast as the {@link TokenBucket} lets them start. Plain Java on its own threads: the caller decides what each call
 * carries (e.g. its municipality). Counts the calls and the highest number in flight at once, for the run's summary.
 */
public final class ThrottledCalls implements AutoCloseable {
    private final TokenBucket rate;
    private final ExecutorService threads;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicLong calls = new AtomicLong();

    public ThrottledCalls(TokenBucket rate, int maxConcurrent, String threadName) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("At least one call at a time");
        }
        this.rate = rate;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(maxConcurrent, r -> {
            Thread t = new Thread(r, threadName + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Calls that were started; {@link #join()} waits for their results. */
    public interface Started<R> {
        /** The results in the items' order; a call's unexpected exception is thrown here. */
        List<R> join();

        /** Gives the calls up (those running are interrupted). */
        void cancel();
    }

    /**
     * The results of {@code call} for every item, in the items' order. A call's exception is the caller's business:
     * {@code call} should turn every expected failure into a result.
     */
    public <T, R> List<R> callAll(List<T> items, Function<T, R> call) {
        return start(items, call).join();
    }

    /** Starts the calls and returns at once, so that the caller can work meanwhile (e.g. store the last results). */
    public <T, R> Started<R> start(List<T> items, Function<T, R> call) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(threads.submit(() -> {
                rate.acquire();
                int now = inFlight.incrementAndGet();
                peak.accumulateAndGet(now, Math::max);
                calls.incrementAndGet();
                try {
                    return call.apply(item);
                } finally {
                    inFlight.decrementAndGet();
                }
            }));
        }
        return new Started<>() {
            @Override
            public List<R> join() {
                List<R> results = new ArrayList<>(futures.size());
                try {
                    for (Future<R> f : futures) {
                        results.add(f.get());
                    }
                } catch (InterruptedException e) {
                    cancel();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while calling", e);
                } catch (ExecutionException e) {
                    cancel();
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
                return results;
            }

            @Override
            public void cancel() {
                futures.forEach(f -> f.cancel(true));
            }
        };
    }

    /** The highest number of calls in flight at the same time so far. */
    public int peakConcurrency() {
        return peak.get();
    }

    public long calls() {
        return calls.get();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
