package dk.valghalla.application.shared;

import dk.valghalla.application.shared.throttle.TokenBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token bucket on a fake ticker: its "sleep" moves the ticker on, so no test waits for a wall clock. */
class TokenBucketTest {
    private final AtomicLong ticker = new AtomicLong(1_000_000_000L);

    private TokenBucket bucket(double rate, int burst) {
        return new TokenBucket(rate, burst, ticker::get, ticker::addAndGet);
    }

    @Test
    void permitsAreSpacedEvenlyAtTheRate() throws InterruptedException {
        TokenBucket fifty = bucket(50, 1);
        long start = ticker.get();
        for (int i = 0; i < 100; i++) {
            fifty.acquire();
        }
        assertThat(Duration.ofNanos(ticker.get() - start)).isEqualTo(Duration.ofMillis(99 * 20));
    }

    @Test
    void aQuietSpellSavesUpToTheBurstOnly() throws InterruptedException {
        TokenBucket ten = bucket(10, 5);
        ticker.addAndGet(Duration.ofMinutes(1).toNanos());
        long start = ticker.get();
        for (int i = 0; i < 5; i++) {
            ten.acquire();
        }
        assertThat(ticker.get()).as("the burst is free").isEqualTo(start);
        ten.acquire();
        assertThat(Duration.ofNanos(ticker.get() - start)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> bucket(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
