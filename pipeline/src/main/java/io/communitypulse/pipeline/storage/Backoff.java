package io.communitypulse.pipeline.storage;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * The waits between attempts at one insert: doubling from {@link #FIRST} up to {@link #LONGEST}, for as
 * long as the next attempt would still start within the budget. Times are nanoTime readings passed in,
 * so the schedule is tested without waiting.
 */
final class Backoff {

    static final Duration FIRST = Duration.ofMillis(500);
    static final Duration LONGEST = Duration.ofSeconds(10);

    private final long startNanos;
    private final long budgetNanos;
    private long nextWaitNanos = FIRST.toNanos();

    Backoff(Duration budget, long startNanos) {
        this.startNanos = startNanos;
        this.budgetNanos = budget.toNanos();
    }

    /** How long to wait before the next attempt, or empty when it would start after the budget. */
    OptionalLong nextWait(long nowNanos) {
        long wait = nextWaitNanos;
        if (nowNanos - startNanos + wait > budgetNanos) {
            return OptionalLong.empty();
        }
        nextWaitNanos = Math.min(nextWaitNanos * 2, LONGEST.toNanos());
        return OptionalLong.of(wait);
    }

    Duration elapsed(long nowNanos) {
        return Duration.ofNanos(nowNanos - startNanos);
    }
}
