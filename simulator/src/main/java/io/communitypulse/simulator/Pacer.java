package io.communitypulse.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Holds each record back until its simulated send time comes round on an accelerated clock:
 * {@code speed} simulated seconds pass per real second, from the moment the pacer is made.
 * The clock and the sleep are passed in, so the pacing is tested without waiting.
 */
public final class Pacer {

    /** Sleeps for a number of nanoseconds. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private final Instant simulatedStart;
    private final double speed;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final long realStart;

    public Pacer(Instant simulatedStart, double speed, LongSupplier nanoTime, Sleeper sleeper) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive, was " + speed);
        }
        this.simulatedStart = simulatedStart;
        this.speed = speed;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.realStart = nanoTime.getAsLong();
    }

    public static Pacer realTime(Instant simulatedStart, double speed) {
        return new Pacer(simulatedStart, speed, System::nanoTime,
                nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    /** Returns when the real clock has reached the simulated instant {@code at}. */
    public void await(Instant at) throws InterruptedException {
        long simulatedNanos = Duration.between(simulatedStart, at).toNanos();
        long due = realStart + (long) (simulatedNanos / speed);
        long wait;
        while ((wait = due - nanoTime.getAsLong()) > 0) {
            sleeper.sleepNanos(wait);
        }
    }
}
