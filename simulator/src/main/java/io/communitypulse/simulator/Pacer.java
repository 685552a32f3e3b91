package io.communitypulse.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Holds each record back until its simulated send time comes round on an accelerated clock:
 * {@code speed} simulated seconds pass per real second, from the moment the pacer is made.
 * A pacer made by {@link #neverAheadOfWallClock} also holds a record back until the wall clock has
 * reached its time: a simulation that starts in the past runs at speed until it catches up with the
 * wall clock, then at real time, so no event time it produces lies in the future.
 * The clocks and the sleep are passed in, so the pacing is tested without waiting.
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
    private final LongSupplier wallMillis;
    private final Sleeper sleeper;
    private final long realStart;

    /** @param wallMillis the wall clock in epoch milliseconds, or null to let simulated time run ahead of it */
    public Pacer(Instant simulatedStart, double speed, LongSupplier nanoTime, LongSupplier wallMillis, Sleeper sleeper) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive, was " + speed);
        }
        this.simulatedStart = simulatedStart;
        this.speed = speed;
        this.nanoTime = nanoTime;
        this.wallMillis = wallMillis;
        this.sleeper = sleeper;
        this.realStart = nanoTime.getAsLong();
    }

    public static Pacer realTime(Instant simulatedStart, double speed) {
        return new Pacer(simulatedStart, speed, System::nanoTime, null, Pacer::sleep);
    }

    /** At {@code speed} while simulated time is behind the wall clock, at real time once it has caught up. */
    public static Pacer neverAheadOfWallClock(Instant simulatedStart, double speed) {
        return new Pacer(simulatedStart, speed, System::nanoTime, System::currentTimeMillis, Pacer::sleep);
    }

    /** Returns when the real clock has reached the simulated instant {@code at} (and the wall clock has, if bounded). */
    public void await(Instant at) throws InterruptedException {
        long simulatedNanos = Duration.between(simulatedStart, at).toNanos();
        long due = realStart + (long) (simulatedNanos / speed);
        long wait;
        while ((wait = Math.max(due - nanoTime.getAsLong(), aheadOfWallClockNanos(at))) > 0) {
            sleeper.sleepNanos(wait);
        }
    }

    private long aheadOfWallClockNanos(Instant at) {
        return wallMillis == null ? 0 : (at.toEpochMilli() - wallMillis.getAsLong()) * 1_000_000;
    }

    private static void sleep(long nanos) throws InterruptedException {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }
}
