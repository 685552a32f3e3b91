package io.communitypulse.pipeline.recovery;

import io.communitypulse.pipeline.storage.SinkSettings;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.util.MultipleParameterTool;

/**
 * How the job survives failures: where checkpoints go and in which state backend, how many failed
 * checkpoints it tolerates, how often it restarts, and how long its ClickHouse sinks ride out an outage.
 * Flags (all optional):
 * <pre>
 *   --checkpoint-dir DIR|URI            filesystem checkpoint storage (default: the cluster's execution.checkpointing.dir)
 *   --state-backend hashmap|rocksdb     (default: the cluster's state.backend.type)
 *   --checkpoint-timeout-seconds N      default 600
 *   --tolerable-checkpoint-failures N   consecutive failed checkpoints before the job fails over, default 5
 *   --restart-attempts N                restarts before the job fails for good, default 10 (backoff 1 s doubling to 1 min)
 *   --clickhouse-retry-seconds N        how long an insert is retried before the task fails over, default 300
 *   --clickhouse-connect-timeout-seconds N   default 10
 *   --clickhouse-socket-timeout-seconds N    default 60
 *   --clickhouse-batch-rows N           default 5000
 *   --clickhouse-flush-ms N             default 500
 * </pre>
 *
 * @param checkpointDirectory null to use the cluster's; otherwise a URI such as {@code file:///data/checkpoints}
 * @param stateBackend        null to use the cluster's; {@code hashmap} or {@code rocksdb}
 */
public record RecoverySettings(
        String checkpointDirectory,
        String stateBackend,
        Duration checkpointTimeout,
        int tolerableCheckpointFailures,
        int restartAttempts,
        SinkSettings sink) implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> STATE_BACKENDS = List.of("hashmap", "rocksdb");

    public static final RecoverySettings DEFAULTS = new RecoverySettings(null, null, Duration.ofMinutes(10), 5, 10,
            SinkSettings.DEFAULTS);

    public RecoverySettings {
        if (stateBackend != null && !STATE_BACKENDS.contains(stateBackend)) {
            throw new IllegalArgumentException("--state-backend must be one of " + STATE_BACKENDS + ", not '" + stateBackend + "'");
        }
        if (tolerableCheckpointFailures < 0 || restartAttempts < 0) {
            throw new IllegalArgumentException("tolerable checkpoint failures and restart attempts must not be negative");
        }
    }

    public static RecoverySettings fromArgs(MultipleParameterTool params) {
        SinkSettings sink = new SinkSettings(
                params.getInt("clickhouse-batch-rows", SinkSettings.DEFAULTS.batchSize()),
                Duration.ofMillis(params.getLong("clickhouse-flush-ms", SinkSettings.DEFAULTS.flushInterval().toMillis())),
                seconds(params, "clickhouse-retry-seconds", SinkSettings.DEFAULTS.retryFor()),
                seconds(params, "clickhouse-connect-timeout-seconds", SinkSettings.DEFAULTS.connectTimeout()),
                seconds(params, "clickhouse-socket-timeout-seconds", SinkSettings.DEFAULTS.socketTimeout()));
        return new RecoverySettings(
                params.has("checkpoint-dir") ? directoryUri(params.get("checkpoint-dir")) : null,
                params.get("state-backend"),
                seconds(params, "checkpoint-timeout-seconds", DEFAULTS.checkpointTimeout()),
                params.getInt("tolerable-checkpoint-failures", DEFAULTS.tolerableCheckpointFailures()),
                params.getInt("restart-attempts", DEFAULTS.restartAttempts()),
                sink);
    }

    /** Checkpoints into this directory (a local path or a URI such as {@code s3://bucket/checkpoints}). */
    public RecoverySettings withCheckpointDirectory(String directory) {
        return new RecoverySettings(directoryUri(directory), stateBackend, checkpointTimeout, tolerableCheckpointFailures,
                restartAttempts, sink);
    }

    public RecoverySettings withStateBackend(String backend) {
        return new RecoverySettings(checkpointDirectory, backend, checkpointTimeout, tolerableCheckpointFailures,
                restartAttempts, sink);
    }

    public RecoverySettings withTolerableCheckpointFailures(int failures) {
        return new RecoverySettings(checkpointDirectory, stateBackend, checkpointTimeout, failures, restartAttempts, sink);
    }

    public RecoverySettings withRestartAttempts(int attempts) {
        return new RecoverySettings(checkpointDirectory, stateBackend, checkpointTimeout, tolerableCheckpointFailures,
                attempts, sink);
    }

    public RecoverySettings withSink(SinkSettings value) {
        return new RecoverySettings(checkpointDirectory, stateBackend, checkpointTimeout, tolerableCheckpointFailures,
                restartAttempts, value);
    }

    /** A path without a scheme is a local directory; Flink wants it as a {@code file:} URI. */
    static String directoryUri(String directory) {
        URI uri = URI.create(directory.replace('\\', '/'));
        return uri.getScheme() != null && uri.getScheme().length() > 1
                ? directory
                : Path.of(directory).toAbsolutePath().normalize().toUri().toString();
    }

    private static Duration seconds(MultipleParameterTool params, String name, Duration fallback) {
        return Duration.ofSeconds(params.getLong(name, fallback.toSeconds()));
    }
}
