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
 * ClickHouse frozen ({@code kill -STOP}) for 60 s in the middle of a replay: the socket timeout turns each
 * blocked insert into an error, the sinks retry within their budget, and the job rides it out without a
 * restart or a failed checkpoint.
 */
@Tag("fault")
class ClickHouseFrozenITCase {

    @RegisterExtension
    static final ClickHouseExtension CLICKHOUSE = new ClickHouseExtension();

    @TempDir
    Path dir;

    @Test
    void aClickHouseFrozenForSixtySecondsLosesNothingAndNeedsNoRestart() throws Exception {
        // Given a replay under way whose inserts time out after 5 s and are retried for the default 5 minutes
        ReplayFixture replay = new ReplayFixture(CLICKHOUSE, dir, 150);
        RunningJob job = replay.startAndAwaitFirstRows(SinkSettings.DEFAULTS
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));

        // When ClickHouse freezes for 60 s
        CLICKHOUSE.freeze();
        try {
            // the freeze lasts 60 s: that is the scenario, not a wait for something to happen
            TimeUnit.SECONDS.sleep(60);
        } finally {
            CLICKHOUSE.thaw();
        }
        replay.reportRecovery("ClickHouse thawed");
        Ending ending = replay.awaitEnd(Duration.ofMinutes(5));

        // Then the job ends by itself with nothing lost or doubled, and without a restart: not even the checkpoint
        // that waited for the sinks through the freeze failed (one would have failed the job over)
        assertThat(ending.kind()).as(ending.reason()).isEqualTo(Ending.Kind.FINISHED);
        replay.assertEveryEventStoredOnceAndEveryCascadeAlerted();
        assertThat(job.health().restarts()).isZero();
    }
}
