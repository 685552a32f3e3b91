package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.pipeline.recovery.RecoverySettings;
import io.communitypulse.pipeline.storage.SinkSettings;
import io.communitypulse.testing.ClickHouseExtension;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A ClickHouse that never comes back: the job uses up its restarts and fails, and the command says why. */
class JobFailedForGoodITCase {

    @RegisterExtension
    static final ClickHouseExtension CLICKHOUSE = new ClickHouseExtension();

    @TempDir
    Path dir;

    @Test
    void aJobWhoseDatabaseNeverComesBackFailsForGoodNamingTheCause() throws Exception {
        // Given a replay with a 2 s retry budget and one restart
        ReplayFixture replay = new ReplayFixture(CLICKHOUSE, dir, 20);
        replay.start(RecoverySettings.DEFAULTS.withRestartAttempts(1).withSink(SinkSettings.DEFAULTS
                .withRetryFor(Duration.ofSeconds(2))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))), Duration.ofSeconds(2));

        // When ClickHouse goes away for good
        CLICKHOUSE.kill();
        Ending ending;
        try {
            ending = replay.awaitEnd(Duration.ofMinutes(2));
        } finally {
            CLICKHOUSE.startAgain();
        }

        // Then the job failed for good, the command exits non-zero, and the reason names the insert that failed
        assertThat(ending.kind()).isEqualTo(Ending.Kind.JOB_FAILED);
        assertThat(ending.exitCode()).isEqualTo(1);
        assertThat(ending.reason()).contains("ClickHouse insert of").contains("retry budget 2 s");
    }
}
