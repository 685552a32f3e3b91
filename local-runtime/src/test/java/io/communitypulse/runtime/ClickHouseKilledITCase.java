package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.pipeline.storage.SinkSettings;
import io.communitypulse.testing.ClickHouseExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * ClickHouse killed ({@code kill -9}) in the middle of a replay and started again 30 s later on the same data
 * and ports. The sinks give up after 10 s here, so the outage also takes the job through Flink's failover:
 * restarts from the last checkpoint, with the TaskManager alive throughout, until ClickHouse is back.
 */
@Tag("fault")
class ClickHouseKilledITCase {

    @RegisterExtension
    static final ClickHouseExtension CLICKHOUSE = new ClickHouseExtension();

    @TempDir
    Path dir;

    @Test
    void aClickHouseKilledMidStreamAndBackThirtySecondsLaterLosesNothing() throws Exception {
        // Given a replay of ~135K events whose sinks give up after 10 s, under way
        ReplayFixture replay = new ReplayFixture(CLICKHOUSE, dir, 150);
        RunningJob job = replay.startAndAwaitFirstRows(SinkSettings.DEFAULTS.withRetryFor(Duration.ofSeconds(10))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));

        // When ClickHouse is killed, and started again 30 s later on the same data and ports
        long killedAt = System.nanoTime();
        CLICKHOUSE.kill();
        ReplayFixture.await("a restart of the job", () -> job.health().restarts() > 0);
        // the outage lasts 30 s: that is the scenario, not a wait for something to happen
        TimeUnit.NANOSECONDS.sleep(Math.max(0, killedAt + TimeUnit.SECONDS.toNanos(30) - System.nanoTime()));
        CLICKHOUSE.startAgain();
        replay.reportRecovery("ClickHouse came back");
        Ending ending = replay.awaitEnd(Duration.ofMinutes(5));

        // Then the job ends by itself, restarted but never without its TaskManager, and nothing is lost or doubled
        assertThat(ending.kind()).as(ending.reason()).isEqualTo(Ending.Kind.FINISHED);
        assertThat(job.health().restarts()).isPositive();
        replay.assertEveryEventStoredOnceAndEveryCascadeAlerted();
    }
}
