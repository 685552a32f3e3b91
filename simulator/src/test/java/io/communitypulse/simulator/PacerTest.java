package io.communitypulse.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacerTest {

    private static final Instant BASE = Instant.parse("2026-11-23T01:00:00Z");
    /** The fake nanoTime; the fake wall clock reads BASE plus the same elapsed time. */
    private final AtomicLong clock = new AtomicLong(1_000);
    private final AtomicLong slept = new AtomicLong();

    private Pacer pacer(double speed) {
        return new Pacer(BASE, speed, clock::get, null, this::sleep);
    }

    /** A pacer whose simulation starts {@code behind} the fake wall clock. */
    private Pacer boundedPacer(Duration behind, double speed) {
        long wallAtStart = BASE.plus(behind).toEpochMilli();
        long nanoAtStart = clock.get();
        return new Pacer(BASE, speed, clock::get, () -> wallAtStart + (clock.get() - nanoAtStart) / 1_000_000, this::sleep);
    }

    private void sleep(long nanos) {
        slept.addAndGet(nanos);
        clock.addAndGet(nanos);
    }

    private Instant wallClock(Duration behind) {
        return BASE.plus(behind).plusNanos(slept.get());
    }

    @Test
    void tenSimulatedSecondsPassInOneRealSecondAtSpeedTen() throws InterruptedException {
        Pacer pacer = pacer(10);

        pacer.await(BASE.plusSeconds(100));

        assertThat(slept.get()).isEqualTo(10_000_000_000L);
    }

    @Test
    void doesNotWaitForARecordThatIsAlreadyDue() throws InterruptedException {
        Pacer pacer = pacer(2);
        clock.addAndGet(5_000_000_000L);

        pacer.await(BASE.plusSeconds(4));

        assertThat(slept.get()).isZero();
    }

    @Test
    void aSimulationStartedInThePastRunsAtSpeedWhileBehindTheWallClock() throws InterruptedException {
        Pacer pacer = boundedPacer(Duration.ofHours(1), 10);

        pacer.await(BASE.plus(Duration.ofMinutes(30)));

        assertThat(Duration.ofNanos(slept.get())).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void anHourOfDemoAtTenTimesNeverRunsAheadOfTheWallClock() throws InterruptedException {
        // Given the demo's pacing: simulated time starts an hour back and runs ten times as fast
        Duration behind = Duration.ofHours(1);
        Pacer pacer = boundedPacer(behind, 10);

        // When it sends a record every simulated second for three simulated hours
        for (Instant at = BASE; at.isBefore(BASE.plus(Duration.ofHours(3))); at = at.plusSeconds(1)) {
            pacer.await(at);
            // Then no record leaves before the wall clock has reached its time
            assertThat(at).isBeforeOrEqualTo(wallClock(behind));
        }
        // and ran at real time once it had caught up (after 1 h / 9 = 6 min 40 s): its last record, 3 h after the
        // simulated start, lies 2 h after the wall clock's start, so it left after 2 h of real time
        assertThat(Duration.ofNanos(slept.get())).isBetween(Duration.ofHours(2).minusSeconds(2), Duration.ofHours(2));
    }
}
