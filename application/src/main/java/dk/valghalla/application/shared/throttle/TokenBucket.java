package dk.valghalla.application.shared.throttle;

import java.util.function.LongSupplier;

/**
 * A token bucket: at most {@code ratePerSecond} permits a second on average, and at most {@code burst} at once after
 * a quiet spell. {@link #acquire()} waits (through the {@link Sleeper}) until a permit is free. Time comes from a
 * nanosecond ticker, so tests can run it on a fake clock.
 */
public final class TokenBucket {
    /** Waits for a number of nanoseconds; tests advance a fake ticker instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;

        Sleeper SYSTEM = nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }

    private final long nanosPerPermit;
    private final long burstNanos;
    private final LongSupplier ticker;
    private final Sleeper sleeper;
    /** When the next permit is free; permits before it are taken. */
    private long nextFree;

    public TokenBucket(double ratePerSecond, int burst, LongSupplier ticker, Sleeper sleeper) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("The rate must be positive and the burst at least 1");
        }
        this.nanosPerPermit = Math.max(1, Math.round(1_000_000_000d / ratePerSecond));
        this.burstNanos = nanosPerPermit * (burst - 1);
        this.ticker = ticker;
        this.sleeper = sleeper;
        this.nextFree = ticker.getAsLong() - burstNanos;
    }

    public static TokenBucket perSecond(double rate, int burst) {
        return new TokenBucket(rate, burst, System::nanoTime, Sleeper.SYSTEM);
    }

    /** Takes one permit, waiting as long as needed. */
    public void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = ticker.getAsLong();
            // Unused permits of a quiet spell accumulate only up to the burst.
            long slot = Math.max(nextFree, now - burstNanos);
            nextFree = slot + nanosPerPermit;
            wait = slot - now;
        }
        if (wait > 0) {
            sleeper.sleepNanos(wait);
        }
    }
}
