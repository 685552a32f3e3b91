package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.testing.ClickHouseExtension;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay whose state outgrows the 5 MB that Flink's default (JobManager) checkpoint storage accepts: with
 * the checkpoint directory the runtime configures, checkpoints of that size complete, none fails (with no
 * failure tolerated, one would restart the job), and each event is stored once. Without the directory,
 * checkpoints fail here and the job fails over and starts the file again.
 */
class CheckpointScaleITCase {

    private static final long FIVE_MEGABYTES = 5L * 1024 * 1024;

    @RegisterExtension
    static final ClickHouseExtension CLICKHOUSE = new ClickHouseExtension();

    @TempDir
    Path dir;

    @Test
    void checkpointsOfStateOverFiveMegabytesCompleteAndNothingIsStoredTwice() throws Exception {
        // Given ~180K events over 15 simulated minutes: the deduplication alone holds ~13 MB of ids at the end
        ReplayFixture replay = new ReplayFixture(CLICKHOUSE, dir, 200);

        // When the job replays them with a checkpoint every second
        RunningJob job = replay.start(ReplayFixture.NO_FAILED_CHECKPOINT, Duration.ofSeconds(1));
        long[] largest = {0};
        Ending ending = replay.awaitEnd(Duration.ofMinutes(5), () ->
                largest[0] = Math.max(largest[0], job.health().lastCheckpointBytes()));

        // Then
        assertThat(ending.kind()).as(ending.reason()).isEqualTo(Ending.Kind.FINISHED);
        assertThat(largest[0]).as("largest completed checkpoint").isGreaterThan(FIVE_MEGABYTES);
        assertThat(job.health().restarts()).as("restarts: a checkpoint failure would have caused one").isZero();
        replay.assertEveryEventStoredOnceAndEveryCascadeAlerted();
    }
}
