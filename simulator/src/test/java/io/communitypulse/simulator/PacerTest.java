package io.communitypulse.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacerTest {

    private static final Instant BASE = Instant.parse("2026-11-23T01:00:00Z");
    private final AtomicLong clock = new AtomicLong(1_000);
    private final AtomicLong slept = new AtomicLong();

    private Pacer pacer(double speed) {
        return new Pacer(BASE, speed, clock::get, nanos -> {
            slept.addAndGet(nanos);
            clock.addAndGet(nanos);
        });
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
}
