package io.communitypulse.pipeline.recovery;

import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Checkpoints and restarts, set on purpose rather than left to defaults (docs/operations.md explains
 * each choice):
 * <ul>
 *   <li>checkpoints every interval into filesystem storage when a directory is given: Flink's default
 *       (JobManager memory) refuses state over 5 MB, and an hour of deduplication ids is more;</li>
 *   <li>a checkpoint may take up to its timeout, which is longer than a sink's retry budget, so an outage the
 *       sinks ride out does not also expire the checkpoint waiting for them;</li>
 *   <li>a few consecutive failed checkpoints are tolerated before the job fails over;</li>
 *   <li>restarts back off exponentially (1 s doubling to 1 min, 10 % jitter) and the count starts afresh after
 *       10 minutes of stable running; after {@code restartAttempts} in a row the job fails for good;</li>
 *   <li>the last checkpoint is kept when the job fails for good (so it can be resumed with {@code flink run -s})
 *       and deleted when the job is cancelled.</li>
 * </ul>
 */
public final class FaultTolerance {

    static final Duration FIRST_RESTART_DELAY = Duration.ofSeconds(1);
    static final Duration LONGEST_RESTART_DELAY = Duration.ofMinutes(1);
    static final Duration STABLE_RUN = Duration.ofMinutes(10);

    private FaultTolerance() {}

    public static void configure(StreamExecutionEnvironment env, Duration checkpointInterval, RecoverySettings recovery) {
        env.configure(configuration(checkpointInterval, recovery));
    }

    static Configuration configuration(Duration checkpointInterval, RecoverySettings recovery) {
        Configuration config = new Configuration();
        config.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, checkpointInterval);
        config.set(CheckpointingOptions.CHECKPOINTING_TIMEOUT, recovery.checkpointTimeout());
        config.set(CheckpointingOptions.TOLERABLE_FAILURE_NUMBER, recovery.tolerableCheckpointFailures());
        if (recovery.checkpointDirectory() != null) {
            config.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, recovery.checkpointDirectory());
            config.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                    ExternalizedCheckpointRetention.DELETE_ON_CANCELLATION);
        }
        if (recovery.stateBackend() != null) {
            config.set(StateBackendOptions.STATE_BACKEND, recovery.stateBackend());
            // RocksDB uploads only the files that changed since the last checkpoint
            config.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, "rocksdb".equals(recovery.stateBackend()));
        }
        config.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
        config.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF, FIRST_RESTART_DELAY);
        config.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF, LONGEST_RESTART_DELAY);
        config.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_BACKOFF_MULTIPLIER, 2.0);
        config.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_JITTER_FACTOR, 0.1);
        config.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_RESET_BACKOFF_THRESHOLD, STABLE_RUN);
        config.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_ATTEMPTS, recovery.restartAttempts());
        return config;
    }
}
