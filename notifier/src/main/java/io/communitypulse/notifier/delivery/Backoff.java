package io.communitypulse.notifier.delivery;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter between attempts: the n-th retry waits between half and all of
 * {@code initial * 2^(n-1)}, capped at {@code max}, so many notifiers do not retry in step.
 * After {@code maxAttempts} attempts the delivery has failed.
 */
public record Backoff(int maxAttempts, Duration initial, Duration max) {

    public static final Backoff DEFAULT = new Backoff(12, Duration.ofSeconds(1), Duration.ofMinutes(5));

    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max_attempts must be at least 1");
        }
    }

    /** The wait after failed attempt {@code attempt} (1-based); {@code random} gives values in [0, 1). */
    public Duration delayAfter(int attempt, DoubleSupplier random) {
        long ceiling = initial.toMillis();
        for (int i = 1; i < attempt && ceiling < max.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, max.toMillis());
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
