package io.communitypulse.pipeline.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.communitypulse.pipeline.JobSettings;
import io.communitypulse.pipeline.storage.SinkSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.junit.jupiter.api.Test;

class RecoverySettingsTest {

    private static final String[] REQUIRED = {"--jdbc", "jdbc:clickhouse://127.0.0.1:8123/pulse", "--file", "e.jsonl"};

    @Test
    void withoutFlagsTheClusterKeepsItsCheckpointStorageAndStateBackend() {
        RecoverySettings recovery = JobSettings.fromArgs(REQUIRED).recovery();

        assertThat(recovery).isEqualTo(RecoverySettings.DEFAULTS);
        Configuration config = FaultTolerance.configuration(Duration.ofSeconds(10), recovery);
        assertThat(config.contains(CheckpointingOptions.CHECKPOINT_STORAGE)).isFalse();
        assertThat(config.contains(StateBackendOptions.STATE_BACKEND)).isFalse();
    }

    @Test
    void everyFlagReachesTheJobsConfiguration() {
        RecoverySettings recovery = JobSettings.fromArgs(with("--checkpoint-dir", "/data/checkpoints",
                "--state-backend", "rocksdb", "--checkpoint-timeout-seconds", "900", "--tolerable-checkpoint-failures", "3",
                "--restart-attempts", "20", "--clickhouse-retry-seconds", "600", "--clickhouse-connect-timeout-seconds", "5",
                "--clickhouse-socket-timeout-seconds", "30", "--clickhouse-batch-rows", "1000",
                "--clickhouse-flush-ms", "200")).recovery();

        assertThat(recovery.sink()).isEqualTo(new SinkSettings(1_000, Duration.ofMillis(200), Duration.ofMinutes(10),
                Duration.ofSeconds(5), Duration.ofSeconds(30)));
        Configuration config = FaultTolerance.configuration(Duration.ofSeconds(10), recovery);
        assertThat(config.get(CheckpointingOptions.CHECKPOINT_STORAGE)).isEqualTo("filesystem");
        assertThat(config.get(CheckpointingOptions.CHECKPOINTS_DIRECTORY)).isEqualTo("file:///data/checkpoints");
        assertThat(config.get(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION))
                .isEqualTo(ExternalizedCheckpointRetention.DELETE_ON_CANCELLATION);
        assertThat(config.get(StateBackendOptions.STATE_BACKEND)).isEqualTo("rocksdb");
        assertThat(config.get(CheckpointingOptions.INCREMENTAL_CHECKPOINTS)).isTrue();
        assertThat(config.get(CheckpointingOptions.CHECKPOINTING_INTERVAL)).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.get(CheckpointingOptions.CHECKPOINTING_TIMEOUT)).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.get(CheckpointingOptions.TOLERABLE_FAILURE_NUMBER)).isEqualTo(3);
        assertThat(config.get(RestartStrategyOptions.RESTART_STRATEGY)).isEqualTo("exponential-delay");
        assertThat(config.get(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_ATTEMPTS)).isEqualTo(20);
    }

    @Test
    void aSinkGivesUpBeforeTheCheckpointWaitingForItExpires() {
        // a checkpoint waits for the sinks' flush; were it to expire first, an outage the sinks ride out would
        // still count as failed checkpoints
        assertThat(RecoverySettings.DEFAULTS.checkpointTimeout())
                .isGreaterThan(RecoverySettings.DEFAULTS.sink().retryFor().plus(RecoverySettings.DEFAULTS.sink().socketTimeout()));
    }

    @Test
    void aUriKeepsItsSchemeAndAPathBecomesAFileUri() {
        assertThat(RecoverySettings.directoryUri("s3://bucket/checkpoints")).isEqualTo("s3://bucket/checkpoints");
        assertThat(RecoverySettings.directoryUri("relative/dir"))
                .isEqualTo(Path.of("relative/dir").toAbsolutePath().toUri().toString());
    }

    @Test
    void anUnknownStateBackendIsAUsageError() {
        assertThatThrownBy(() -> JobSettings.fromArgs(with("--state-backend", "memory")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--state-backend must be one of [hashmap, rocksdb], not 'memory'");
    }

    private static String[] with(String... flags) {
        String[] args = new String[REQUIRED.length + flags.length];
        System.arraycopy(REQUIRED, 0, args, 0, REQUIRED.length);
        System.arraycopy(flags, 0, args, REQUIRED.length, flags.length);
        return args;
    }
}
