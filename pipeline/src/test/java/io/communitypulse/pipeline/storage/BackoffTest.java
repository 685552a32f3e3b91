package io.communitypulse.pipeline.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void waitsDoubleFromHalfASecondUpToTenSeconds() {
        Backoff backoff = new Backoff(Duration.ofMinutes(5), 0);
        List<Long> waits = new ArrayList<>();
        long now = 0;
        for (int i = 0; i < 7; i++) {
            long wait = backoff.nextWait(now).orElseThrow();
            waits.add(wait / 1_000_000);
            now += wait;
        }
        assertThat(waits).containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 10_000L, 10_000L);
    }

    @Test
    void noAttemptStartsAfterTheBudget() {
        Backoff backoff = new Backoff(Duration.ofSeconds(20), 0);
        long now = 0;
        OptionalLong wait;
        long lastAttemptAt = 0;
        while ((wait = backoff.nextWait(now)).isPresent()) {
            now += wait.getAsLong();
            lastAttemptAt = now;
            now += 2 * SECOND; // each attempt itself takes time, e.g. a connect timeout
        }
        assertThat(lastAttemptAt).isLessThanOrEqualTo(20 * SECOND).isGreaterThan(10 * SECOND);
    }

    @Test
    void aSpentBudgetGivesNoFurtherWait() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), 0);

        assertThat(backoff.nextWait(2 * SECOND)).isEmpty();
    }
}
